/**
 * Placeholder package: this module is filled in by its own issue.
 */
package com.cpay.platform.adapter.persistence;

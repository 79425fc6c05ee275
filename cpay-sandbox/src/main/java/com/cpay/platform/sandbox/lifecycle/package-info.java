/**
 * Moves orders through PENDING, PROCESSING, COMPLETED or CLOSED after configured delays.
 */
package com.cpay.platform.sandbox.lifecycle;

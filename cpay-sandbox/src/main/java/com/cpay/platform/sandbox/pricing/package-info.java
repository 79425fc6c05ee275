/**
 * Fees and the quote rate table.
 */
package com.cpay.platform.sandbox.pricing;

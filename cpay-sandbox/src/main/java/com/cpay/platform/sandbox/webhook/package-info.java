/**
 * Signed section 15 notifications, delivered with retries and exponential backoff.
 */
package com.cpay.platform.sandbox.webhook;

/**
 * Logs of received requests and of webhook delivery attempts, read through the control API.
 */
package com.cpay.platform.sandbox.journal;

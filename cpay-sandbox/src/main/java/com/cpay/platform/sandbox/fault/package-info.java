/**
 * Fault injection rules set through the control API.
 */
package com.cpay.platform.sandbox.fault;

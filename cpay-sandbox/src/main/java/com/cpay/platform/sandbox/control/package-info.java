/**
 * The control API under /sandbox/v1 (sandbox-control-api.yaml) and the simulated cashier and 3DS pages.
 */
package com.cpay.platform.sandbox.control;

/**
 * The C-Pay merchant API: controllers implementing the generated server interface, request checks, faults on the wire.
 */
package com.cpay.platform.sandbox.api;

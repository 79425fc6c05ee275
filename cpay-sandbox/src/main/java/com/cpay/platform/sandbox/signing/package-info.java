/**
 * The simulator's own section 16 (API Signature), written from the C-Pay document and docs/decisions.md, decisions 16, 17
 * and 21 alone: it shares no code with the project's client (cpay-adapter-http), so that a bug in the client's
 * signing is refused here instead of being mirrored.
 */
package com.cpay.platform.sandbox.signing;

/**
 * Wire types that the generated server models map to (schemaMapping in pom.xml): lenient text and status codes.
 */
package com.cpay.platform.sandbox.wire;

/**
 * The C-Pay test kit for JUnit 5: {@link com.cpay.platform.sandbox.junit.CpaySandbox} (declarative) or
 * {@link com.cpay.platform.sandbox.junit.CpaySandboxServer} (programmatic, {@code @RegisterExtension}) start the
 * simulator of cpay-sandbox in the test's JVM and give the test a {@link com.cpay.platform.sandbox.junit.CpaySandboxHandle}.
 * The package sits inside the simulator's package root on purpose: it is the simulator's own test face, and the
 * architecture rules let only the simulator and the app name the simulator's classes.
 */
package com.cpay.platform.sandbox.junit;

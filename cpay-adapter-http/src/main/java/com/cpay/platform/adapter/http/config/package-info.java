/**
 * The adapter's configuration ({@code cpay.*}) and its wiring into the generated client's
 * {@code micronaut.http.services.cpay.*} settings.
 */
package com.cpay.platform.adapter.http.config;

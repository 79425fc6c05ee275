/**
 * The C-Pay simulator. Every bean of this package and its sub-packages belongs to one Micronaut bean
 * configuration that exists only while {@code cpay.sandbox.enabled} is {@code true} (the default), so an
 * application that embeds the module can switch the simulator off entirely, and never while {@code cpay.mode} is
 * {@code live}: a live platform must not serve a fake gateway or its unauthenticated control API, whatever else is
 * configured (the platform also refuses to start that way, naming the key).
 * <ul>
 *   <li>{@code api}: the twelve C-Pay operations on the server interface generated from cpay-merchant-api.yaml
 *       ({@code generated}), request checks and wire faults;</li>
 *   <li>{@code control}: the control API (sandbox-control-api.yaml) and the payer's pages;</li>
 *   <li>{@code lifecycle}, {@code webhook}, {@code state}, {@code fault}, {@code journal}, {@code pricing},
 *       {@code rules}, {@code config}, {@code wire}, {@code pages}: the simulated gateway behind them.</li>
 * </ul>
 */
@Configuration
@Requires(property = "cpay.sandbox.enabled", value = "true", defaultValue = "true")
@Requires(property = "cpay.mode", notEquals = "live")
package com.cpay.platform.sandbox;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;

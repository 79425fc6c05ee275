/**
 * Configuration of the simulator (keys {@code cpay.sandbox.*}), merchants, and its scheduler.
 */
package com.cpay.platform.sandbox.config;

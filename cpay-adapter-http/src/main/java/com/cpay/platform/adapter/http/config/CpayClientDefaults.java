package com.cpay.platform.adapter.http.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Wires the generated client {@code @Client("cpay")} to {@code cpay.*}: contributes, with the lowest
 * precedence, {@code micronaut.http.services.cpay.url = ${cpay.base-url}} and the two timeouts as placeholders.
 * Anything the application sets under {@code micronaut.http.services.cpay.*} overrides these.
 *
 * <p>Registered in {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}; it reads no file.
 */
public final class CpayClientDefaults implements PropertySourceLoader {

    static final String NAME = "cpay-adapter-http-defaults";
    private static final String SERVICE = "micronaut.http.services.cpay.";

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!"application".equals(resourceName)) {
            return Optional.empty();
        }
        // backticks quote a default holding ':' (Micronaut placeholder syntax)
        return Optional.of(PropertySource.of(NAME, Map.of(
                SERVICE + "url", "${cpay.base-url:`" + CpayProperties.DEFAULT_BASE_URL + "`}",
                SERVICE + "connect-timeout", "${cpay.http.connect-timeout:" + CpayProperties.DEFAULT_CONNECT_TIMEOUT + "}",
                SERVICE + "read-timeout", "${cpay.http.read-timeout:" + CpayProperties.DEFAULT_READ_TIMEOUT + "}"),
                Integer.MIN_VALUE));
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) {
        return Map.of();
    }

    @Override
    public Set<String> getExtensions() {
        return Set.of();
    }
}

package com.cpay.platform.app;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the C-Pay platform service. With no configuration: sandbox mode on port 8080, H2 database under
 * {@code ./data}, the C-Pay simulator embedded (README-app.md).
 */
public final class CpayApplication {

    private CpayApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(CpayApplication.class).banner(false).start();
    }
}

package com.cpay.platform.app;

import io.micronaut.runtime.Micronaut;

/** Starts the C-Pay platform service. */
public final class CpayApplication {

    private CpayApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(CpayApplication.class).banner(false).start();
    }
}

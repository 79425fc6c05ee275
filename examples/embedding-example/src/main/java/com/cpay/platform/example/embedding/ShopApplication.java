package com.cpay.platform.example.embedding;

import io.micronaut.runtime.Micronaut;

/**
 * A merchant's own Micronaut service (a "shop") that embeds the C-Pay platform as a library: its pom adds
 * cpay-domain, cpay-adapter-http, cpay-adapter-persistence and cpay-starter, its configuration sets the same
 * {@code cpay.*} keys as cpay-app, and it injects the use cases it needs. No cpay-app code is involved.
 */
public final class ShopApplication {

    private ShopApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(ShopApplication.class, args);
    }
}

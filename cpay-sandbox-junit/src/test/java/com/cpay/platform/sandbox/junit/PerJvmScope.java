package com.cpay.platform.sandbox.junit;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two classes with {@code scope = PER_JVM} and the same settings ({@link PerJvmScopeFirstTest},
 * {@link PerJvmScopeSecondTest}): whichever runs second must meet the simulator the first one started.
 */
final class PerJvmScope {

    private static final AtomicReference<URI> SHARED = new AtomicReference<>();

    private PerJvmScope() {
    }

    static void sameAsEveryOther(CpaySandboxHandle cpay) {
        SHARED.compareAndSet(null, cpay.baseUrl());
        assertThat(cpay.baseUrl()).isEqualTo(SHARED.get());
        assertThat(cpay.orders()).as("reset before each test").isEmpty();
        cpay.depositWithoutOrder("user-1", "USDT", "1");
    }
}

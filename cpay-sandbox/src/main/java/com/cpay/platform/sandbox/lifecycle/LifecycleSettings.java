package com.cpay.platform.sandbox.lifecycle;

import com.cpay.platform.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The lifecycle timings in force: configured at start ({@code cpay.sandbox.lifecycle.*}), changeable through the
 * control API (e.g. to pause the automatic lifecycle), back to the configured ones on reset.
 */
@Singleton
public class LifecycleSettings {

    /** A snapshot of the settings. */
    public record Values(Duration pendingDelay, Duration processingDelay, boolean autoAdvance) {
    }

    private final Values configured;
    private volatile Values current;

    public LifecycleSettings(SandboxConfig config) {
        SandboxConfig.Lifecycle lifecycle = config.getLifecycle();
        configured = new Values(lifecycle.getPendingDelay(), lifecycle.getProcessingDelay(), lifecycle.isAutoAdvance());
        current = configured;
    }

    public Values current() {
        return current;
    }

    /** Changes the given values (null keeps the current one). */
    public Values change(Duration pendingDelay, Duration processingDelay, Boolean autoAdvance) {
        Values now = current;
        current = new Values(pendingDelay == null ? now.pendingDelay() : pendingDelay,
                processingDelay == null ? now.processingDelay() : processingDelay,
                autoAdvance == null ? now.autoAdvance() : autoAdvance);
        return current;
    }

    public void reset() {
        current = configured;
    }
}

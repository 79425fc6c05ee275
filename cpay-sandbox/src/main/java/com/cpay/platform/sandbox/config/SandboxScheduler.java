package com.cpay.platform.sandbox.config;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator's own timer threads (lifecycle steps and webhook attempts); stopped with the context. */
@Singleton
public class SandboxScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);

    private final ScheduledExecutorService executor;

    public SandboxScheduler() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(4, task -> {
            Thread thread = new Thread(task, "cpay-sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("sandbox task failed: {}", e.toString());
            }
        };
        return executor.schedule(guarded, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

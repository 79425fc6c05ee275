package com.cpay.platform.sandbox.lifecycle;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, puts the orders read back from the state file on their way again, so that a deposit created just
 * before a restart still completes (and its webhooks are still sent) without anyone moving it by hand.
 */
@Singleton
public class LifecycleResumption {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleResumption.class);

    private final Lifecycle lifecycle;

    public LifecycleResumption(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int resumed = lifecycle.resume();
        if (resumed > 0) {
            LOG.info("C-Pay simulator: {} unfinished order(s) from the state file continue their lifecycle", resumed);
        }
    }
}

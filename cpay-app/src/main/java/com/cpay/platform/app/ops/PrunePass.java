package com.cpay.platform.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import org.slf4j.Logger;

import java.util.function.IntSupplier;

/**
 * One pass of a retention job (events, C-Pay calls): runs it, counts what it deleted, logs a pass that deleted
 * something, and swallows a failure after logging it, so that a scheduled job survives a database outage and the
 * next pass tries again.
 *
 * @param what    what is pruned, for the log ("events", "C-Pay calls")
 * @param counter the counter of rows deleted
 * @param help    the counter's HELP text
 */
public record PrunePass(String what, String counter, String help) {

    /** How many rows the pass deleted; 0 when it failed. */
    public int run(IntSupplier pass, BeanProvider<MeterRegistry> meters, Logger log) {
        try {
            int pruned = pass.getAsInt();
            meters.ifPresent(m -> Counter.builder(counter).description(help).register(m).increment(pruned));
            if (pruned > 0) {
                log.info("pruned {} {} past their retention", pruned, what);
            }
            return pruned;
        } catch (RuntimeException e) {
            log.warn("pruning {} failed: {}", what, e.toString());
            return 0;
        }
    }
}

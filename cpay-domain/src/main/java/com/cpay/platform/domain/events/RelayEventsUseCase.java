package com.cpay.platform.domain.events;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Sends the outbox's events to the broker: one pass of the relay, run again and again by a scheduler on every
 * instance; the lease lets one of them relay at a time.
 */
@PrimaryPort
public interface RelayEventsUseCase {

    /**
     * Takes or renews the lease and, when held, sends the next batch of events after the position relayed so far
     * and records the new position once the broker acknowledged all of them.
     *
     * @param holder this instance's name in the lease
     */
    Pass relayOnce(String holder);

    /** Gives the lease up (at shutdown). */
    void release(String holder);

    /**
     * What one pass did.
     *
     * @param leader  whether this instance held the lease
     * @param relayed how many events the broker acknowledged
     * @param failure why publishing failed, when it did (the events are sent again by the next pass)
     * @param lag     how many positioned events were not yet relayed after the pass
     */
    record Pass(boolean leader, int relayed, java.util.Optional<String> failure, long lag) {

        /** Whether a full batch went out, so the scheduler should go on at once. */
        public boolean moreWaiting() {
            return leader && failure.isEmpty() && lag > 0;
        }
    }
}

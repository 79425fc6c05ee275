package com.cpay.platform.sandbox.state;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** How the journal next to {@code cpay.sandbox.state-file} is kept ({@code cpay.sandbox.state-journal.*}). */
@ConfigurationProperties("cpay.sandbox.state-journal")
public class JournalSettings {

    private Duration syncInterval = Duration.ofSeconds(1);
    private int compactAfter = 10_000;

    /**
     * How often written journal lines are forced to the disk (fsync). Every line is written before its change is
     * answered, so killing the process loses nothing; a power loss can lose up to this much. {@code 0}: fsync each
     * line before the change is answered (slower, nothing lost).
     */
    public Duration getSyncInterval() {
        return syncInterval;
    }

    public void setSyncInterval(Duration syncInterval) {
        this.syncInterval = syncInterval;
    }

    /** After this many journal lines a new snapshot is written in the background and the journal starts over. */
    public int getCompactAfter() {
        return compactAfter;
    }

    public void setCompactAfter(int compactAfter) {
        this.compactAfter = compactAfter;
    }
}

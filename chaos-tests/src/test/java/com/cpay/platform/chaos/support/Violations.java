package com.cpay.platform.chaos.support;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scenario found wrong, collected instead of failing at the first, so that one run reports every broken
 * invariant with the orders it concerns.
 */
public final class Violations {

    private final List<String> found = new ArrayList<>();

    public synchronized void add(String invariant, String detail) {
        found.add(invariant + ": " + detail);
    }

    public synchronized void check(boolean holds, String invariant, String detail) {
        if (!holds) {
            add(invariant, detail);
        }
    }

    public synchronized List<String> all() {
        return List.copyOf(found);
    }

    public synchronized boolean none() {
        return found.isEmpty();
    }

    /** Fails the scenario listing every violation (at most 60 lines). */
    public void assertNone(String scenario) {
        List<String> all = all();
        assertThat(all).as("%s: %d invariant violations:%n%s", scenario, all.size(),
                String.join(System.lineSeparator(), all.subList(0, Math.min(60, all.size())))).isEmpty();
    }
}

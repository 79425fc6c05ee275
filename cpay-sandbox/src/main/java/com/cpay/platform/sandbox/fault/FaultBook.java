package com.cpay.platform.sandbox.fault;

import com.cpay.platform.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The active faults. A rule fires on a matching operation while it has firings left (count) and, when it has
 * a rate, with that probability. A rule with no firings left is removed.
 */
@Singleton
public class FaultBook {

    private final List<Entry> entries = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Random random;

    public FaultBook(SandboxConfig config) {
        random = config.getFaultSeed() == null ? new Random() : new Random(config.getFaultSeed());
    }

    public FaultRule add(FaultSpec spec) {
        Objects.requireNonNull(spec.kind(), "kind is required");
        if (spec.rate() != null && (spec.rate() < 0 || spec.rate() > 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1");
        }
        if (spec.count() != null && spec.count() < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        Integer count = spec.count() != null ? spec.count() : spec.rate() == null ? Integer.valueOf(1) : null;
        long code = spec.code() == null ? 1 : spec.code();
        String msg = spec.msg() != null ? spec.msg() : code == 90751015L ? "pay fail" : "fail";
        FaultRule rule = new FaultRule(ids.incrementAndGet(), spec.operation() == null || spec.operation().isBlank() ? "*" : spec.operation(),
                spec.kind(), count, spec.rate(), spec.latencyMs() == null ? 1000 : spec.latencyMs(),
                spec.httpStatus() == null ? 503 : spec.httpStatus(), code, msg, 0);
        synchronized (entries) {
            entries.add(new Entry(rule));
        }
        return rule;
    }

    /** The rule of this kind that fires for the operation now, if any (its count is used up by one). */
    public Optional<FaultRule> draw(String operation, FaultKind kind) {
        synchronized (entries) {
            for (Entry entry : entries) {
                FaultRule rule = entry.rule;
                boolean matches = rule.kind() == kind && ("*".equals(rule.operation()) || rule.operation().equals(operation));
                if (matches && (rule.rate() == null || random.nextDouble() < rule.rate())) {
                    entry.fire();
                    if (entry.rule.remaining() != null && entry.rule.remaining() == 0) {
                        entries.remove(entry);
                    }
                    return Optional.of(entry.rule);
                }
            }
            return Optional.empty();
        }
    }

    public List<FaultRule> rules() {
        synchronized (entries) {
            return entries.stream().map(e -> e.rule).toList();
        }
    }

    public boolean remove(long id) {
        synchronized (entries) {
            return entries.removeIf(e -> e.rule.id() == id);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private static final class Entry {
        private FaultRule rule;

        Entry(FaultRule rule) {
            this.rule = rule;
        }

        void fire() {
            Integer left = rule.remaining() == null ? null : rule.remaining() - 1;
            rule = new FaultRule(rule.id(), rule.operation(), rule.kind(), left, rule.rate(), rule.latencyMs(),
                    rule.httpStatus(), rule.code(), rule.msg(), rule.fired() + 1);
        }
    }
}

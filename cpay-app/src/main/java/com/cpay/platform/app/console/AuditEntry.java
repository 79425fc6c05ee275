package com.cpay.platform.app.console;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One operator action as the audit log keeps it.
 *
 * @param id              its position in the log (0 before it is stored)
 * @param at              when it was taken
 * @param operator        who took it
 * @param role            the role they had then
 * @param action          what they did
 * @param merchantTradeNo the order it was about, if any
 * @param note            what the operator wrote (a review note, a resubmission's reason)
 * @param outcome         what came of it
 * @param source          where the request came from
 */
public record AuditEntry(long id, Instant at, String operator, ConsoleRole role, AuditAction action,
                         Optional<String> merchantTradeNo, Optional<String> note, String outcome,
                         Optional<String> source) {

    /** Longest note and outcome kept (the columns). */
    public static final int MAX_TEXT = 1000;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        merchantTradeNo = Objects.requireNonNullElse(merchantTradeNo, Optional.empty());
        note = Objects.requireNonNullElse(note, Optional.<String>empty()).map(AuditEntry::cut);
        outcome = cut(Objects.requireNonNull(outcome, "outcome"));
        source = Objects.requireNonNullElse(source, Optional.<String>empty()).map(s -> s.length() > 64
                ? s.substring(0, 64) : s);
    }

    /** An action about to be stored. */
    public static AuditEntry of(Instant at, Operator operator, AuditAction action, Optional<String> merchantTradeNo,
                                Optional<String> note, String outcome, Optional<String> source) {
        return new AuditEntry(0, at, operator.name(), operator.role(), action, merchantTradeNo, note, outcome, source);
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}

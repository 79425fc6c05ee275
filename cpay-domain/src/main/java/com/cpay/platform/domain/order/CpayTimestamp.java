package com.cpay.platform.domain.order;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reads C-Pay's {@code createTime}, which arrives in three forms (docs/decisions.md, decision 22): epoch
 * milliseconds (what the document says), epoch seconds and {@code yyyyMMddHHmmss} (what its demos sign).
 *
 * <p>The forms are told apart by their number of digits, which is unambiguous for any date between
 * 1973 and 2286: 1 to 10 digits are seconds, 11 to 13 are milliseconds, 14 are a calendar date-time.
 * The calendar form carries no zone; it is read as UTC, an assumption to confirm against the sandbox.
 */
@ValueObject
public final class CpayTimestamp {

    /** Rule word: the text is none of the three forms. */
    public static final String PATTERN = "timestamp-pattern";

    private static final int MAX_SECONDS_DIGITS = 10;
    private static final int MAX_MILLIS_DIGITS = 13;
    private static final int CALENDAR_DIGITS = 14;
    private static final DateTimeFormatter CALENDAR =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private CpayTimestamp() {
    }

    /**
     * The instant the text stands for.
     *
     * @param field the field name for errors, e.g. {@code createTime}
     * @param text  the value as received (surrounding blanks tolerated)
     * @throws ValidationException rule {@code required} or {@link #PATTERN}
     */
    public static Instant parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, "required", field + " is required");
        }
        String digits = text.strip();
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(field);
        }
        int length = digits.length();
        if (length <= MAX_SECONDS_DIGITS) {
            return Instant.ofEpochSecond(Long.parseLong(digits));
        }
        if (length <= MAX_MILLIS_DIGITS) {
            return Instant.ofEpochMilli(Long.parseLong(digits));
        }
        if (length == CALENDAR_DIGITS) {
            try {
                return LocalDateTime.parse(digits, CALENDAR).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw invalid(field);
            }
        }
        throw invalid(field);
    }

    private static ValidationException invalid(String field) {
        return ValidationException.of(field, PATTERN,
                field + " must be epoch milliseconds, epoch seconds or yyyyMMddHHmmss");
    }
}

package com.cpay.platform.domain.order;

import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a page of orders ended: the creation time and merchantTradeNo of its last order (keyset pagination,
 * stable while orders are added). {@link #token()} is the opaque text handed to API callers.
 *
 * @param createdAt       the last order's creation time
 * @param merchantTradeNo the last order's merchantTradeNo
 */
public record OrderCursor(Instant createdAt, MerchantTradeNo merchantTradeNo) {

    /** Error field name. */
    public static final String FIELD = "cursor";

    public OrderCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
    }

    /** The cursor as URL-safe text. */
    public String token() {
        String plain = createdAt + "|" + merchantTradeNo.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #token()}.
     *
     * @throws ValidationException field {@code cursor}, rule {@code pattern}
     */
    public static OrderCursor parse(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new OrderCursor(Instant.parse(plain.substring(0, bar)), new MerchantTradeNo(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException
                 | NullPointerException | ValidationException e) {
            throw ValidationException.of(FIELD, "pattern", "cursor is not a cursor this service issued");
        }
    }
}

package com.cpay.platform.domain.quote.model;

import com.cpay.platform.domain.shared.ValidationException;

/**
 * Which side of a quote the {@code amount} names ({@code purchaseType}, s.7, s.8).
 */
public enum PurchaseType {
    /** {@code 0}: "I want to spend XXX": the amount is in the source asset. */
    BY_SOURCE_AMOUNT(0),
    /** {@code 1}: "I want to get XXX": the amount is in the target asset. */
    BY_TARGET_AMOUNT(1);

    /** Error field name. */
    public static final String FIELD = "purchaseType";

    private final int wireCode;

    PurchaseType(int wireCode) {
        this.wireCode = wireCode;
    }

    public int wireCode() {
        return wireCode;
    }

    /**
     * The purchase type with this code.
     *
     * @throws ValidationException field {@code purchaseType}, rule {@code unknown-purchase-type}
     */
    public static PurchaseType fromWire(int code) {
        for (PurchaseType type : values()) {
            if (type.wireCode == code) {
                return type;
            }
        }
        throw ValidationException.of(FIELD, "unknown-purchase-type", FIELD + " must be 0 or 1");
    }
}

package com.cpay.platform.domain.payout.model;

import com.cpay.platform.domain.shared.ValidationException;

/** What a PIX key is ({@code accountType}, s.5), with its wire code. */
public enum PixAccountType {
    /** A CPF (person, 11 digits) or CNPJ (company, 14 characters). */
    CPF_CNPJ(1),
    /** An e-mail address. */
    EMAIL(2),
    /** A Brazilian mobile number, {@code +55} + area code + number. */
    MOBILE(3),
    /** A random key (EVP), a UUID. */
    RANDOM_KEY(4);

    /** Error field name. */
    public static final String FIELD = "accountType";

    private final int wireCode;

    PixAccountType(int wireCode) {
        this.wireCode = wireCode;
    }

    /** The code C-Pay uses ({@code 1} to {@code 4}). */
    public int wireCode() {
        return wireCode;
    }

    /**
     * The type with this wire code.
     *
     * @throws ValidationException field {@code accountType}, rule {@code unknown-account-type}
     */
    public static PixAccountType fromWire(int code) {
        for (PixAccountType type : values()) {
            if (type.wireCode == code) {
                return type;
            }
        }
        throw unknown();
    }

    /**
     * The type with this wire code as text ({@code "1"} to {@code "4"}).
     *
     * @throws ValidationException field {@code accountType}, rule {@code required} or {@code unknown-account-type}
     */
    public static PixAccountType fromWire(String code) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(FIELD, "required", FIELD + " is required");
        }
        if (code.length() != 1) {
            throw unknown();
        }
        return fromWire(code.charAt(0) - '0');
    }

    private static ValidationException unknown() {
        return ValidationException.of(FIELD, "unknown-account-type",
                FIELD + " must be 1 (CPF/CNPJ), 2 (e-mail), 3 (mobile) or 4 (random key)");
    }
}

package com.cpay.platform.domain.kyc;

import com.cpay.platform.domain.shared.ValidationException;

/** A user's gender as the KYC interface knows it (s.11: {@code male/female}). */
public enum Gender {
    MALE("male"),
    FEMALE("female");

    private final String wireValue;

    Gender(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The text C-Pay expects. */
    public String wireValue() {
        return wireValue;
    }

    /**
     * The gender written this way ({@code male}, {@code female}; exact lower case, as on the wire).
     *
     * @throws ValidationException field {@code gender}, rule {@code required} or {@code unknown-gender}
     */
    public static Gender fromWire(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("gender", "required", "gender is required");
        }
        for (Gender gender : values()) {
            if (gender.wireValue.equals(text)) {
                return gender;
            }
        }
        throw ValidationException.of("gender", "unknown-gender", "gender must be male or female");
    }
}

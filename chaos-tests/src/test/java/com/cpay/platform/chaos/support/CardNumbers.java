package com.cpay.platform.chaos.support;

import java.util.List;

/**
 * The test card numbers the scenarios pay with (Luhn-valid test PANs, never real cards); none of them may appear
 * in any table, file or log of the app afterwards.
 */
public final class CardNumbers {

    /** Approved (the simulator's default outcome). */
    public static final String VISA = "4111111111111111";
    /** Approved. */
    public static final String MASTERCARD = "5555555555554444";
    /** Declined by the simulator (ends in 0002): 90751015 pay fail. */
    public static final String DECLINED = "4000000000000002";
    /** 3DS challenge (ends in 3000): the order waits for authentication. */
    public static final String THREE_DS = "4000000000063000";

    public static final List<String> USED = List.of(VISA, MASTERCARD, DECLINED, THREE_DS);

    private CardNumbers() {
    }

    /** The ways a card number could be written down: plain, in groups of four with a space or a dash. */
    public static List<String> spellings(String pan) {
        return List.of(pan, pan.replaceAll("(\\d{4})(?=\\d)", "$1 "), pan.replaceAll("(\\d{4})(?=\\d)", "$1-"));
    }
}

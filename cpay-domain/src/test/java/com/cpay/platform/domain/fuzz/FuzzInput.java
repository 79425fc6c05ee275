package com.cpay.platform.domain.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

import java.util.List;

/**
 * Turns the fuzzer's bytes into plausible inputs, so that most executions get past the first check of a parser
 * instead of dying on it: amount texts built from digits, points, zeros and the usual suspects (exponents,
 * signs, {@code NaN}, non-ASCII digits, very long runs), and JSON bodies whose field names come from a dictionary
 * and whose values are of every JSON type, sometimes with duplicate keys, trailing content or a truncated end.
 * Every choice is taken from the input, so a saved input always replays the same way.
 */
public final class FuzzInput {

    /** Fragments an amount parser must refuse or read exactly. */
    private static final List<String> AMOUNT_FRAGMENTS = List.of("0", "1", "9", ".", "-", "+", "e", "E", "e-7",
            "E+999999999", "NaN", "Infinity", " ", "\t", ",", "_", "0x", "\u0661", "\uFF11", "\u0000", "00000000",
            "99999999", ".5", "5.", "1e3", "\u00A0");

    private final FuzzedDataProvider data;

    public FuzzInput(FuzzedDataProvider data) {
        this.data = data;
    }

    /** A choice among {@code options}. */
    public <T> T pick(List<T> options) {
        return data.pickValue(options);
    }

    public boolean bool() {
        return data.consumeBoolean();
    }

    public int intIn(int min, int max) {
        return data.consumeInt(min, max);
    }

    /** Any text of at most {@code max} characters. */
    public String text(int max) {
        return data.consumeString(max);
    }

    /**
     * An amount text: a well-formed decimal with random digits and trailing zeros, one spliced with nasty
     * fragments, one with a very long run of one digit, or arbitrary text.
     */
    public String amountText() {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> decimal();
            case 1 -> spliced();
            case 2 -> longRun();
            default -> data.consumeString(200);
        };
    }

    /**
     * A JSON object with fields named from {@code names} (now and then a name of its own), values of any type;
     * sometimes a duplicate key, content after the object or a cut-off end.
     */
    public String jsonObject(List<String> names, int maxFields) {
        StringBuilder json = new StringBuilder("{");
        int fields = data.consumeInt(0, maxFields);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                json.append(',');
            }
            String name = data.consumeInt(0, 9) == 0 ? data.consumeString(12) : data.pickValue(names);
            json.append(quoted(name)).append(':').append(jsonValue(names, 2));
        }
        json.append('}');
        return switch (data.consumeInt(0, 19)) {
            case 0 -> json + data.consumeString(8);
            case 1 -> json.substring(0, data.consumeInt(0, json.length()));
            default -> json.toString();
        };
    }

    /** One JSON value of any type, objects and arrays nested at most {@code depth} deep. */
    public String jsonValue(List<String> names, int depth) {
        int kinds = depth > 0 ? 10 : 7;
        return switch (data.consumeInt(0, kinds)) {
            case 0 -> "null";
            case 1 -> data.consumeBoolean() ? "true" : "false";
            case 2 -> Long.toString(data.consumeLong());
            case 3 -> decimal();
            case 4 -> quoted(amountText());
            case 5 -> quoted(data.consumeString(24));
            case 6, 7 -> quoted(data.consumeInt(0, 1) == 0 ? decimal() : data.pickValue(List.of("BTC", "USDT", "ETH",
                    "TRX", "BRL", "USD", "TRC20", "ERC20", "BEP20", "CPF", "EMAIL", "PHONE", "BANK", "MALE", "x")));
            case 8, 9 -> {
                StringBuilder array = new StringBuilder("[");
                int items = data.consumeInt(0, 3);
                for (int i = 0; i < items; i++) {
                    array.append(i > 0 ? "," : "").append(jsonValue(names, depth - 1));
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                int fields = data.consumeInt(0, 4);
                for (int i = 0; i < fields; i++) {
                    object.append(i > 0 ? "," : "").append(quoted(data.pickValue(names))).append(':')
                            .append(jsonValue(names, depth - 1));
                }
                yield object.append('}').toString();
            }
        };
    }

    /** {@code text} as a JSON string, escaped as JSON requires. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private String decimal() {
        StringBuilder text = new StringBuilder();
        if (data.consumeInt(0, 15) == 0) {
            text.append('-');
        }
        text.append(digits(1, 20));
        if (data.consumeBoolean()) {
            text.append('.').append(digits(1, 12));
            text.append("0".repeat(data.consumeInt(0, 12)));
        }
        return text.toString();
    }

    private String spliced() {
        StringBuilder text = new StringBuilder();
        int parts = data.consumeInt(1, 6);
        for (int i = 0; i < parts; i++) {
            text.append(data.consumeBoolean() ? data.pickValue(AMOUNT_FRAGMENTS) : digits(1, 4));
        }
        return text.toString();
    }

    private String longRun() {
        String head = data.consumeBoolean() ? "1." : "";
        String run = String.valueOf(data.pickValue(List.of('0', '9', '.', '1'))).repeat(data.consumeInt(100, 5_000));
        return head + run + (data.consumeBoolean() ? data.pickValue(AMOUNT_FRAGMENTS) : "");
    }

    private String digits(int min, int max) {
        int count = data.consumeInt(min, max);
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + data.consumeInt(0, 9)));
        }
        return digits.toString();
    }
}

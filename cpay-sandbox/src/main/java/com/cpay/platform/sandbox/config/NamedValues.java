package com.cpay.platform.sandbox.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads list settings of {@code NAME=VALUE} entries (e.g. {@code USDT=1,BTC=0.0005}). */
public final class NamedValues {

    private NamedValues() {
    }

    public static Map<String, String> parse(String setting, List<String> entries) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(setting + " entries are NAME=VALUE, not " + entry);
            }
            values.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return values;
    }
}

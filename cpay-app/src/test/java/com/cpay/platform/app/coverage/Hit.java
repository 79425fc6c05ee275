package com.cpay.platform.app.coverage;

import java.util.Locale;

/**
 * One request a running app served: the method and path template of the route it matched, the HTTP status it
 * answered, whether the request came from an app's own C-Pay client ({@link CpayCallMarker}), and for those the
 * {@code code} of the C-Pay envelope the simulator answered ({@code null} when the answer was no envelope).
 * Written as one tab-separated line.
 */
public record Hit(String method, String template, int status, boolean fromAppCpayClient, Long cpayCode) {

    public Hit {
        method = method.toUpperCase(Locale.ROOT);
    }

    String line() {
        return String.join("\t", method, template, Integer.toString(status), fromAppCpayClient ? "app" : "-",
                cpayCode == null ? "-" : cpayCode.toString());
    }

    static Hit parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("not an API coverage line: " + line);
        }
        return new Hit(f[0], f[1], Integer.parseInt(f[2]), "app".equals(f[3]), "-".equals(f[4]) ? null
                : Long.valueOf(f[4]));
    }

    /** Whether this hit is of {@code operation}: same method, same path with any variable names. */
    boolean isOf(SpecOperation operation) {
        return method.equals(operation.method()) && SpecOperation.shape(template).equals(operation.shape());
    }
}

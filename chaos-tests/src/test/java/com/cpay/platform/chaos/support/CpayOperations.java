package com.cpay.platform.chaos.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The C-Pay operations, read from {@code cpay-merchant-api.yaml} (cpay-spec): a new one is covered at once. */
public final class CpayOperations {

    private static final Pattern OPERATION_ID = Pattern.compile("^\\s+operationId:\\s*(\\w+)\\s*$",
            Pattern.MULTILINE);

    private CpayOperations() {
    }

    public static List<String> all() {
        try (InputStream spec = CpayOperations.class.getResourceAsStream("/cpay-merchant-api.yaml")) {
            if (spec == null) {
                throw new IllegalStateException("cpay-merchant-api.yaml is not on the classpath (cpay-spec)");
            }
            Matcher ids = OPERATION_ID.matcher(new String(spec.readAllBytes(), StandardCharsets.UTF_8));
            List<String> operations = new ArrayList<>();
            while (ids.find()) {
                operations.add(ids.group(1));
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

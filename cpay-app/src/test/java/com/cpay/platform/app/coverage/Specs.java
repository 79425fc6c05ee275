package com.cpay.platform.app.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-written specs as the build generated the app from them: {@code cpay-spec/src/main/resources} (system
 * property {@code cpay.spec.dir}, set by the pom), else the copy in the cpay-spec jar on the classpath.
 */
final class Specs {

    static final String SPEC_DIR_PROPERTY = "cpay.spec.dir";
    static final String INTERNAL_API = "internal-api.yaml";
    static final String CPAY_MERCHANT_API = "cpay-merchant-api.yaml";

    private Specs() {
    }

    static String text(String name) {
        String dir = System.getProperty(SPEC_DIR_PROPERTY);
        try {
            if (dir != null && !dir.startsWith("${") && Files.isRegularFile(Path.of(dir, name))) {
                return Files.readString(Path.of(dir, name), StandardCharsets.UTF_8);
            }
            try (InputStream in = Specs.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is neither in " + SPEC_DIR_PROPERTY + "=" + dir
                            + " nor on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String source(String name) {
        String dir = System.getProperty(SPEC_DIR_PROPERTY);
        return dir != null && !dir.startsWith("${") && Files.isRegularFile(Path.of(dir, name))
                ? Path.of(dir, name).toString() : "classpath:" + name;
    }
}

package com.cpay.platform.chaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The jars the suite starts and where it works; set by the module's failsafe configuration. */
public final class ChaosPaths {

    private ChaosPaths() {
    }

    public static Path appJar() {
        return jar("chaos.app.jar", "cpay-app", "../cpay-app/target/cpay-app.jar");
    }

    public static Path sandboxJar() {
        return jar("chaos.sandbox.jar", "cpay-sandbox", "../cpay-sandbox/target/cpay-sandbox.jar");
    }

    /** A new, empty directory for one scenario under {@code target/chaos}. */
    public static Path scenarioDir(String scenario) {
        Path dir = Path.of(System.getProperty("chaos.work.dir", "target/chaos"))
                .resolve(scenario + "-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path figuresFile() {
        return Path.of(System.getProperty("chaos.figures", "target/chaos-figures.txt")).toAbsolutePath();
    }

    private static Path jar(String property, String module, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + module
                    + " first (.ci/chaos does; or ./mvnw -B -ntp install -DskipTests -pl cpay-app -am)");
        }
        return jar;
    }
}

package com.cpay.platform.adapter.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No type of the generated client appears in a public signature of a hand-written class: callers see domain
 * types, {@code CpayProperties}, the webhook verdict and {@code CpayCallException} only.
 */
class PublicSurfaceTest {

    private static final String GENERATED = "com.cpay.platform.adapter.http.generated";

    @Test
    void public_signatures_outside_the_generated_packages_name_no_generated_type() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = handWrittenClasses();
        assertThat(classes).hasSizeGreaterThan(20);
        for (Class<?> type : classes) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                    check(leaks, type, m.toGenericString());
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                    check(leaks, type, c.toGenericString());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
                    check(leaks, type, f.toGenericString());
                }
            }
            check(leaks, type, String.valueOf(type.getGenericSuperclass())
                    + Arrays.toString(type.getGenericInterfaces()));
        }
        assertThat(leaks).isEmpty();
    }

    private static void check(List<String> leaks, Class<?> type, String signature) {
        if (signature.contains(GENERATED)) {
            leaks.add(type.getName() + ": " + signature);
        }
    }

    private static List<Class<?>> handWrittenClasses() throws IOException, URISyntaxException {
        Path root = Path.of(PublicSurfaceTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("com/cpay/platform/adapter/http"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith(GENERATED) || name.contains("$Definition") || name.contains("$Introspection")
                        || name.contains("$Intercepted") || name.contains("$Exec")) {
                    continue;
                }
                try {
                    classes.add(Class.forName(name, false, PublicSurfaceTest.class.getClassLoader()));
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return classes;
    }
}

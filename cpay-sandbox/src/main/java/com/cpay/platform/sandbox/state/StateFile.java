package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.config.SandboxConfig;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/** The optional JSON file of {@code cpay.sandbox.state-file}: written whole, atomically, after every change. */
@Singleton
public class StateFile {

    private static final Logger LOG = LoggerFactory.getLogger(StateFile.class);

    private final Path path;
    private final JsonMapper json;

    public StateFile(SandboxConfig config, JsonMapper json) {
        this.path = config.getStateFile() == null || config.getStateFile().isBlank() ? null : Path.of(config.getStateFile());
        this.json = json;
    }

    public boolean enabled() {
        return path != null;
    }

    Optional<Map<String, Object>> load() {
        if (path == null || !Files.exists(path)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> state = json.readValue(Files.readAllBytes(path), Argument.mapOf(String.class, Object.class));
            LOG.info("C-Pay sandbox state loaded from {}", path);
            return Optional.ofNullable(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox state file " + path, e);
        }
    }

    void save(Map<String, Object> state) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "cpay-sandbox", ".tmp");
            Files.write(temp, json.writeValueAsBytes(state));
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot write the sandbox state file {}: {}", path, e.toString());
        }
    }
}

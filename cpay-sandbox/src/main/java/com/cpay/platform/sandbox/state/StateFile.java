package com.cpay.platform.sandbox.state;

import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The snapshot at {@code cpay.sandbox.state-file}: the whole state as one JSON document ({@link Change} with
 * {@code format}), replaced atomically (temporary file, fsync, rename) when the journal is compacted.
 */
final class StateFile {

    private static final Logger LOG = LoggerFactory.getLogger(StateFile.class);

    private final Path path;
    private final JsonMapper json;

    StateFile(Path path, JsonMapper json) {
        this.path = path;
        this.json = json;
    }

    Path path() {
        return path;
    }

    Optional<Change> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            Change snapshot = json.readValue(Files.readAllBytes(path), Change.class);
            LOG.info("C-Pay sandbox state loaded from {}{}", path,
                    snapshot.format() == null ? " (format of the earlier store: rewritten as a snapshot)" : "");
            return Optional.ofNullable(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox state file " + path, e);
        }
    }

    void write(Change snapshot) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "cpay-sandbox", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ChangeJournal.writeFully(channel, json.writeValueAsBytes(snapshot));
                channel.force(true);
            }
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        ChangeJournal.syncDirectory(parent);
    }
}

package com.cpay.platform.sandbox.state;

import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The append-only journal next to the state file ({@code <state-file>.journal}): one JSON line per change, written
 * with one write call before the change is answered, so it survives the process being killed; fsync is the
 * store's business ({@link #sync}). While a snapshot is being written, lines go to {@code <state-file>.journal.next}
 * ({@link #rotate}); once the snapshot is in place the old journal is dropped and the next one takes its name
 * ({@link #fold}). A crash anywhere in between leaves files that {@link #replay} reads back right: snapshot,
 * journal, next journal, each line being "last one wins".
 */
final class ChangeJournal {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeJournal.class);

    private final Path path;
    private final Path next;
    private FileChannel channel;
    private boolean rotated;
    private long entries;
    private boolean unsynced;

    ChangeJournal(Path stateFile) {
        this.path = stateFile.resolveSibling(stateFile.getFileName() + ".journal");
        this.next = stateFile.resolveSibling(stateFile.getFileName() + ".journal.next");
    }

    /** Lines written since the last snapshot. */
    synchronized long entries() {
        return entries;
    }

    synchronized void append(byte[] line) throws IOException {
        if (channel == null) {
            channel = open(rotated ? next : path);
        }
        writeFully(channel, line);
        entries++;
        unsynced = true;
    }

    /** Forces what was written to the disk; appends go on meanwhile (only the flag is taken under the lock). */
    void sync() throws IOException {
        FileChannel toForce;
        synchronized (this) {
            if (channel == null || !unsynced) {
                return;
            }
            toForce = channel;
            unsynced = false;
        }
        try {
            toForce.force(false);
        } catch (ClosedChannelException e) {
            // rotated or closed meanwhile: closing forced it
        }
    }

    /** From now on lines go to the next journal (no-op when they already do: a failed snapshot is being retried). */
    synchronized void rotate() throws IOException {
        if (rotated) {
            return;
        }
        closeChannel();
        Files.deleteIfExists(next);
        channel = open(next);
        rotated = true;
        entries = 0;
    }

    /** The snapshot now holds everything of the old journal: drop it; the next journal becomes the journal. */
    synchronized void fold() throws IOException {
        if (!rotated) {
            return;
        }
        sync();
        Files.deleteIfExists(path);
        if (Files.exists(next)) {
            Files.move(next, path, StandardCopyOption.ATOMIC_MOVE);
        }
        rotated = false;
        syncDirectory(path.toAbsolutePath().getParent());
    }

    /** Starts afresh after the state read back was written as a snapshot: both journal files go. */
    synchronized void clear() throws IOException {
        closeChannel();
        Files.deleteIfExists(next);
        Files.deleteIfExists(path);
        rotated = false;
        entries = 0;
    }

    synchronized void close() throws IOException {
        closeChannel();
    }

    /** Applies the journal, then the next journal, line by line; returns how many lines were applied. */
    long replay(JsonMapper json, Consumer<Change> apply) throws IOException {
        return replay(path, json, apply) + replay(next, json, apply);
    }

    /**
     * A last line without its newline, or a last line that is not JSON, was being written when the process or the
     * machine stopped: that change was never answered, so it is ignored. Any other unreadable line is damage and
     * stops the start rather than silently losing what follows it.
     */
    private static long replay(Path file, JsonMapper json, Consumer<Change> apply) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);  // a torn character is no error
        String[] lines = text.split("\n", -1);
        int complete = lines.length - 1;  // the part after the last newline is empty or torn
        if (!lines[complete].isEmpty()) {
            LOG.warn("{}: ignoring an incomplete last line ({} characters) left by a crash", file, lines[complete].length());
        }
        long applied = 0;
        for (int i = 0; i < complete; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Change change;
            try {
                change = json.readValue(lines[i], Change.class);
            } catch (IOException e) {
                if (i == complete - 1) {
                    LOG.warn("{}: ignoring an unreadable last line left by a crash: {}", file, e.getMessage());
                    break;
                }
                throw new IOException(file + " line " + (i + 1) + " is not a journal entry: " + e.getMessage(), e);
            }
            apply.accept(change);
            applied++;
        }
        return applied;
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.force(false);
            unsynced = false;
            channel.close();
            channel = null;
        }
    }

    private static FileChannel open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes a rename durable (POSIX); where a directory cannot be opened, the rename is left to the OS. */
    static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot fsync directory {}: {}", directory, e.toString());
        }
    }
}

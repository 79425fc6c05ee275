package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.config.SandboxConfig;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Where the state lives between starts, when {@code cpay.sandbox.state-file} is set: a snapshot ({@link StateFile})
 * plus a journal of the changes since ({@link ChangeJournal}), so that a change costs one short line whatever the
 * number of orders. At start: snapshot, then the journal replayed, then all of it written as a new snapshot and the
 * journal emptied (this is also how a file of the earlier store is migrated). After {@code compact-after} lines, a
 * new snapshot is written on the store's own thread while changes go on into the next journal; also at shutdown.
 * Without a state file everything here is a no-op.
 */
@Singleton
public class StateStore {

    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);

    private final JsonMapper json;
    private final JournalSettings settings;
    private final StateFile file;
    private final ChangeJournal journal;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private final Object compaction = new Object();
    private volatile Supplier<Change> snapshots;

    public StateStore(SandboxConfig config, JsonMapper json, JournalSettings settings) {
        String name = config.getStateFile();
        Path path = name == null || name.isBlank() ? null : Path.of(name);
        this.json = json;
        this.settings = settings;
        this.file = path == null ? null : new StateFile(path, json);
        this.journal = path == null ? null : new ChangeJournal(path);
        this.worker = path == null ? null : Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cpay-sandbox-state");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.getSyncInterval().toMillis();
        if (worker != null && interval > 0) {
            worker.scheduleWithFixedDelay(this::sync, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    public boolean enabled() {
        return file != null;
    }

    /** Reads the state back (snapshot, then journal) and leaves it as a fresh snapshot with an empty journal. */
    StateImage load() {
        StateImage image = new StateImage();
        if (file == null) {
            return image;
        }
        try {
            boolean earlierFormat = file.read().map(snapshot -> {
                image.apply(snapshot);
                return snapshot.format() == null;
            }).orElse(false);
            long replayed = journal.replay(json, image::apply);
            if (replayed > 0) {
                LOG.info("C-Pay sandbox: {} change(s) replayed from the journal", replayed);
            }
            if (earlierFormat || replayed > 0) {
                file.write(image.toSnapshot());
            }
            journal.clear();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox state " + file.path(), e);
        }
    }

    /** Where compaction takes its snapshot from: the live state. */
    void snapshotsFrom(Supplier<Change> source) {
        this.snapshots = source;
    }

    /**
     * Appends one line. Callers hold the lock of what they changed, so that lines of one order, merchant, KYC user
     * ... are in the journal in the order the changes happened.
     */
    void record(Change change) {
        if (file == null) {
            return;
        }
        try {
            byte[] body = json.writeValueAsBytes(change);
            byte[] line = new byte[body.length + 1];
            System.arraycopy(body, 0, line, 0, body.length);
            line[body.length] = '\n';
            journal.append(line);
            if (settings.getSyncInterval().isZero()) {
                journal.sync();
            }
        } catch (IOException e) {
            LOG.warn("cannot write the sandbox journal next to {}: {}", file.path(), e.toString());
            return;
        }
        if (journal.entries() >= settings.getCompactAfter() && !worker.isShutdown()
                && compactionQueued.compareAndSet(false, true)) {
            try {
                worker.execute(this::compact);
            } catch (RejectedExecutionException e) {
                compactionQueued.set(false);  // shutting down: the shutdown snapshot takes it
            }
        }
    }

    /** A new snapshot from the live state; the journal lines it holds are dropped. */
    void compact() {
        Supplier<Change> source = snapshots;
        if (file == null || source == null) {
            return;
        }
        synchronized (compaction) {
            compactionQueued.set(false);
            try {
                journal.rotate();
                file.write(source.get());
                journal.fold();
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot write the sandbox state snapshot {} (the journal keeps the changes): {}", file.path(), e.toString());
            }
        }
    }

    private void sync() {
        try {
            journal.sync();
        } catch (IOException e) {
            LOG.warn("cannot fsync the sandbox journal next to {}: {}", file.path(), e.toString());
        }
    }

    /** Shutdown: a last snapshot, so that the next start reads one file. Changes after this still reach the journal. */
    @PreDestroy
    void close() {
        if (file == null) {
            return;
        }
        worker.shutdownNow();
        compact();
        try {
            journal.close();
        } catch (IOException e) {
            LOG.warn("cannot close the sandbox journal next to {}: {}", file.path(), e.toString());
        }
    }
}

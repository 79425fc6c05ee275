package com.cpay.platform.chaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged {@code cpay-app.jar} as a child process, exactly as an operator runs it: in sandbox mode (the
 * development token), but with the embedded simulator switched off and C-Pay at the standalone simulator's URL,
 * with the simulator's merchant and secret key. Ready when {@code /health} answers 200 (database and C-Pay up).
 */
public final class App implements AutoCloseable {

    private final String name;
    private final Path dir;
    private final int port;
    private final Map<String, String> properties;
    private final ChildProcess process;

    private App(String name, Path dir, int port, Map<String, String> properties, ChildProcess process) {
        this.name = name;
        this.dir = dir;
        this.port = port;
        this.properties = properties;
        this.process = process;
    }

    /**
     * Starts an instance in {@code dir} (its working directory: the H2 file database, when used, is
     * {@code dir/data}) on {@code port}, talking to {@code simulator}; {@code extra} are more app keys.
     */
    public static App start(String name, Path dir, int port, Simulator simulator, Database database,
                            Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("cpay.mode", "sandbox");
        properties.put("cpay.sandbox.enabled", "false");
        properties.put("cpay.base-url", simulator.url().toString());
        properties.put("cpay.merchant-id", Simulator.MERCHANT_ID);
        properties.put("cpay.secret-key", simulator.secretKey());
        properties.put("cpay.instance-id", name);
        properties.putAll(database.appProperties());
        properties.putAll(extra);
        return launch(name, dir, port, properties);
    }

    private static App launch(String name, Path dir, int port, Map<String, String> properties) {
        URI url = URI.create("http://localhost:" + port);
        ChildProcess process = ChildProcess.start(name, ChaosPaths.appJar(), dir, properties, url.resolve("/health"),
                Duration.ofSeconds(120));
        return new App(name, dir, port, properties, process);
    }

    /** The same instance started again: same directory, port, database and settings. */
    public App restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return launch(name, dir, port, properties);
    }

    public Api api() {
        return new Api(url());
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    public URI webhookUrl() {
        return url().resolve("/cpay/webhooks");
    }

    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    /** SIGKILL (Process.destroyForcibly): requests in flight are cut, nothing is flushed. */
    public void kill() {
        process.kill();
    }

    /** SIGTERM: the graceful drain, then exit. */
    public void stop() {
        process.terminate(Duration.ofSeconds(45));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Every log file this instance's starts wrote in its directory. */
    public List<Path> logs() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + "-")
                    && f.getFileName().toString().endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}

package com.cpay.platform.benchmarks.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged cpay-app as a child process, configured through environment variables as an operator would
 * (sandbox mode with the embedded simulator off, C-Pay at the stub, PostgreSQL), ready once {@code /health}
 * answers 200. Its RSS is read from {@code /proc/<pid>/status}.
 */
final class AppInstance implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final URI url;

    private AppInstance(String name, Process process, Path log, URI url) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.url = url;
    }

    static AppInstance start(String name, Path jar, Path workDir, List<String> jvmOptions, Map<String, String> env)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        Files.createDirectories(workDir);
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("CPAY_INSTANCE_ID", name);
        Process process = builder.start();
        AppInstance app = new AppInstance(name, process, log, URI.create("http://127.0.0.1:" + port));
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS of the process in bytes. */
    long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for " + name);
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", log: " + log);
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(url.resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException(name + " not ready within " + timeout + ", log: " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** SIGTERM (the JFR recording, when on, is written at exit), then SIGKILL after 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

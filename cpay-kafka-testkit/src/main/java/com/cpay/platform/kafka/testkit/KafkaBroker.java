package com.cpay.platform.kafka.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node) run from Maven Central's {@code kafka_2.13}
 * as a child JVM ({@code java -cp <its jars> kafka.Kafka server.properties}), after its storage was formatted with
 * {@code kafka.tools.StorageTool format} as {@code kafka-storage format} does. It listens on two free loopback ports
 * and keeps its log in a directory of its own, so that it can be killed and started again with everything it had
 * acknowledged. A JVM shutdown hook kills what is still running if a test run is aborted.
 */
public final class KafkaBroker implements AutoCloseable {

    /** A small broker for a 2-core machine shared by builds: little heap, quick start. */
    public static final List<String> TEST_JVM = List.of("-Xmx384m", "-Xms64m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
    /** For a measurement: the full JIT. */
    public static final List<String> BENCH_JVM = List.of("-Xmx512m", "-Xms256m", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true");

    private static final String CLASSPATH_RESOURCE = "/cpay-kafka-testkit/broker-classpath.txt";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    private final Path dir;
    private final int brokerPort;
    private final int controllerPort;
    private final List<String> jvmOptions;
    private final boolean ownDir;
    private Process process;
    private Path log;

    private KafkaBroker(Path dir, boolean ownDir, List<String> jvmOptions) {
        this.dir = dir;
        this.ownDir = ownDir;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.brokerPort = freePort();
        int controller = freePort();
        while (controller == brokerPort) {
            controller = freePort();
        }
        this.controllerPort = controller;
    }

    /** A new broker in a temporary directory (deleted by {@link #close()}), formatted and running. */
    public static KafkaBroker start() {
        try {
            return start(Files.createTempDirectory("cpay-kafka-"), true, TEST_JVM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new broker in {@code dir} (kept after {@link #close()}, for reading its log), formatted and running. */
    public static KafkaBroker start(Path dir, List<String> jvmOptions) {
        return start(dir, false, jvmOptions);
    }

    private static KafkaBroker start(Path dir, boolean ownDir, List<String> jvmOptions) {
        KafkaBroker broker = new KafkaBroker(dir.toAbsolutePath(), ownDir, jvmOptions);
        broker.format();
        broker.launch();
        return broker;
    }

    /** {@code host:port} of the broker's listener, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM: a controlled shutdown that flushes the log; SIGKILL if it takes longer than 30 s. */
    public void stop() {
        if (!isRunning()) {
            return;
        }
        process.destroy();
        if (!waitFor(process, STOP_TIMEOUT)) {
            kill();
            return;
        }
        RUNNING.remove(process);
    }

    /** SIGKILL: no shutdown at all; what the broker had acknowledged is in its log files, as after a crash. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitFor(process, STOP_TIMEOUT);
        RUNNING.remove(process);
    }

    /** Starts the stopped or killed broker again, on the same ports and with the same log directory. */
    public void restart() {
        if (isRunning()) {
            throw new IllegalStateException("the broker is still running");
        }
        launch();
    }

    /** Creates a topic with this many partitions (replication 1); nothing happens when it exists. */
    public void createTopic(String topic, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("topic " + topic + " not created", e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("topic " + topic + " not created", e);
        }
    }

    /** The broker's output so far (log4j's default: errors only), for a failure message. */
    public String logText() {
        try {
            return log == null ? "" : Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Kills the broker; deletes its directory when the broker made it. */
    @Override
    public void close() {
        kill();
        if (ownDir) {
            deleteRecursively(dir);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    private void format() {
        try {
            Files.createDirectories(dir);
            Files.writeString(properties(), serverProperties());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a static quorum of this one node: the single-node equivalent of kafka-storage format --standalone
        Process storage = java("kafka.tools.StorageTool", List.of("format", "-t", Uuid.randomUuid().toString(),
                "-c", properties().toString()), dir.resolve("format.log"));
        if (!waitFor(storage, READY_TIMEOUT) || storage.exitValue() != 0) {
            storage.destroyForcibly();
            throw new IllegalStateException("kafka storage format failed:\n" + read(dir.resolve("format.log")));
        }
    }

    private void launch() {
        log = dir.resolve("broker-" + Instant.now().toEpochMilli() + ".log");
        process = java("kafka.Kafka", List.of(properties().toString()), log);
        RUNNING.add(process);
        awaitReady();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        // the listener first, so that the admin client does not log every refused connection while the JVM starts
        while (!accepts(brokerPort) && Instant.now().isBefore(deadline) && process.isAlive()) {
            sleep(100);
        }
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    RUNNING.remove(process);
                    throw new IllegalStateException("kafka exited with " + process.exitValue() + ":\n" + logText());
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                sleep(200);
            }
        }
        kill();
        throw new IllegalStateException("kafka did not answer within " + READY_TIMEOUT + ":\n" + logText());
    }

    private Process java(String mainClass, List<String> args, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(mainClass);
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path properties() {
        return dir.resolve("server.properties");
    }

    private String serverProperties() {
        String host = InetAddress.getLoopbackAddress().getHostAddress();
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + controllerPort,
                "listeners=PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + host + ":" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("log"),
                // topics are created by whoever uses them, as the relay's documentation asks of an operator
                "auto.create.topics.enable=false",
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // two cores shared with builds: few threads
                "num.network.threads=1",
                "num.io.threads=2",
                "background.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "");
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: build cpay-kafka-testkit first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean waitFor(Process process, Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

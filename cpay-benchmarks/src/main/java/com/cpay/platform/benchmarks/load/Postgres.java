package com.cpay.platform.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL at 127.0.0.1:5432 (user postgres, no password, as on the development machine) through its own
 * clients: a scratch database for the run (created, and dropped at the end), and pgbench for the baseline.
 */
final class Postgres implements AutoCloseable {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private final String database;

    private Postgres(String database) {
        this.database = database;
    }

    static Postgres scratch(String database) throws IOException, InterruptedException {
        run(null, List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", "test", "-c",
                "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"), Map.of());
        run(null, List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", "test", "-c", "CREATE DATABASE " + database),
                Map.of());
        return new Postgres(database);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    String version() throws IOException, InterruptedException {
        return run(null, List.of("psql", "-Atc", "show server_version", "-d", database), Map.of()).trim();
    }

    /** The server processes of the connections open to the scratch database now (the app's pools). */
    List<Long> backendPids() throws IOException, InterruptedException {
        String out = run(null, List.of("psql", "-Atc", "SELECT pid FROM pg_stat_activity WHERE datname = '" + database
                + "' AND pid <> pg_backend_pid()", "-d", "test"), Map.of());
        return out.lines().filter(l -> !l.isBlank()).map(l -> Long.parseLong(l.trim())).toList();
    }

    /**
     * Gathers the planner's statistics of the scratch database now, as autovacuum does on its own a minute or more
     * later. Without them the planner sees the tables as they were at the start, empty, and may look an order up by
     * scanning the merchant's listing index instead of its unique key: a lookup whose cost grows with every order,
     * measured at 0.3 ms against 0.03 ms with 3,000 orders (EXPLAIN ANALYZE, 2026-12-07).
     */
    void analyze() throws IOException, InterruptedException {
        run(null, List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", "VACUUM ANALYZE"), Map.of());
    }

    /** What pgbench measured: transactions per second and the mean latency. */
    record Pgbench(double tps, double latencyMillis) {
    }

    /**
     * The persistence adapter's minimal webhook baseline (cpay-adapter-persistence/bench: its setup.sql in a schema
     * of its own, then webhook-minimal.sql: the inbox INSERT and the order UPDATE in one transaction).
     */
    Pgbench minimalWebhook(Path benchDir, int clients, int seconds) throws IOException, InterruptedException {
        String schema = "pgbench_minimal";
        run(benchDir, List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", "CREATE SCHEMA " + schema),
                Map.of());
        Map<String, String> searchPath = Map.of("PGOPTIONS", "-c search_path=" + schema);
        run(benchDir, List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-f", "setup.sql"), searchPath);
        return script(benchDir.resolve("webhook-minimal.sql"), clients, seconds, List.of(), searchPath);
    }

    /**
     * The app's own webhook statements without the app (bench/webhook-intake.sql), run by pgbench on this scratch
     * database, over the orders the run created: the ceiling of any intake that writes these rows on this server.
     */
    Pgbench intakeStatements(Path script, int clients, int seconds) throws IOException, InterruptedException {
        String[] ids = run(null, List.of("psql", "-Atc", "SELECT MIN(id) || ' ' || MAX(id) FROM orders", "-d",
                database), Map.of()).trim().split(" ");
        return script(script, clients, seconds, List.of("-D", "lo=" + ids[0], "-D", "hi=" + ids[1]), Map.of());
    }

    /**
     * A creation's statements without the app (bench/creation-statements.sql, or the same rows written the least
     * way, bench/creation-least.sql), run by pgbench with prepared statements, as the app's driver runs them.
     */
    Pgbench creationStatements(Path script, int clients, int seconds) throws IOException, InterruptedException {
        return script(script, clients, seconds, List.of("-M", "prepared"), Map.of());
    }

    /** pgbench running one script from its own folder, at {@code clients} clients on at most 2 threads. */
    private Pgbench script(Path script, int clients, int seconds, List<String> options, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j",
                Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(seconds)));
        command.addAll(options);
        command.addAll(List.of("-f", script.getFileName().toString(), database));
        return parse(run(script.getParent(), command, env));
    }

    private static Pgbench parse(String out) throws IOException {
        Matcher tps = TPS.matcher(out);
        Matcher latency = LATENCY.matcher(out);
        if (!tps.find() || !latency.find()) {
            throw new IOException("pgbench said: " + out);
        }
        return new Pgbench(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }

    private static String run(Path dir, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", "5432", "PGUSER", "postgres"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(null, List.of("psql", "-q", "-d", "test", "-c", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"),
                Map.of());
    }
}

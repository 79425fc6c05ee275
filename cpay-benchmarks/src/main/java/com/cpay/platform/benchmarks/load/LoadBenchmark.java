package com.cpay.platform.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of bench/load.sh. Starts the packaged cpay-app as child processes on a scratch PostgreSQL
 * database, with C-Pay played by {@link CpayStub} on loopback, and measures each figure against a baseline from
 * the same run: deposit creation at 1..16 concurrent against the app's own single-order GET at 16; webhook
 * intake against pgbench running the minimal INSERT + UPDATE at the same concurrency; RSS after 10,000
 * creations against the same process's idle RSS; two instances on one database against one. Next to the goals it
 * measures their floors through the same stack (a creation replayed under its Idempotency-Key, a webhook
 * delivered again, a GET at the webhooks' concurrency) and their ceilings without the app (the statements of a
 * webhook intake and of a creation, run by pgbench on the same database).
 *
 * <p>Arguments: {@code <cpay-app.jar> <cpay-adapter-persistence/bench dir> <cpay-benchmarks/bench dir> <output
 * .tsv>}. Environment: APP_JVM_OPTS
 * (JVM options of every app instance, default {@code -Xmx512m}), LEVEL_SECONDS (5: measured seconds per load
 * level), CREATIONS (10000), WEBHOOK_CONCURRENCY (4), WEBHOOK_SECONDS (10), WEBHOOK_WARMUP_SECONDS (8),
 * LEVELS (1,2,4,8,16), WARMUP_SECONDS (30: single-order GETs after the creations, before the GET baseline),
 * SCALE_OUT (1: also measure two instances; 0 to leave it out, e.g. while profiling one instance),
 * SCALE_OUT_WARMUP_SECONDS (45: creations on the second instance alone before the two are measured),
 * DB_URL_OPTIONS (appended to the app's JDBC URL).
 */
public final class LoadBenchmark {

    private static final String MERCHANT_ID = "20003092";
    private static final String SECRET_KEY = "bench-secret-key-not-a-real-one";

    private final Path jar;
    private final Path pgbenchDir;
    private final Path benchDir;
    private final Path work;
    private final AppApi api = new AppApi(SECRET_KEY, MERCHANT_ID);
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Queue<String> created = new ConcurrentLinkedQueue<>();
    private final AtomicLong createdCount = new AtomicLong();
    private final List<Row> rows = new ArrayList<>();

    private LoadBenchmark(Path jar, Path pgbenchDir, Path benchDir, Path work) {
        this.jar = jar;
        this.pgbenchDir = pgbenchDir;
        this.benchDir = benchDir;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LoadBenchmark <cpay-app.jar> <persistence bench dir> <benchmarks bench dir>"
                    + " <output.tsv>");
            System.exit(2);
        }
        Path out = Path.of(args[3]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        LoadBenchmark benchmark = new LoadBenchmark(Path.of(args[0]).toAbsolutePath(),
                Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(),
                out.getParent().resolve("load-work"));
        benchmark.measure();
        Files.writeString(out, Row.tsv(benchmark.rows));
        System.out.print(Row.tsv(benchmark.rows));
    }

    private void measure() throws Exception {
        int levelSeconds = intEnv("LEVEL_SECONDS", 5);
        int webhookConcurrency = intEnv("WEBHOOK_CONCURRENCY", 4);
        int webhookSeconds = intEnv("WEBHOOK_SECONDS", 10);
        long creations = intEnv("CREATIONS", 10_000);
        int[] levels = Arrays.stream(env("LEVELS", "1,2,4,8,16").split(",")).mapToInt(Integer::parseInt).toArray();
        int top = levels[levels.length - 1];
        List<String> jvm = Arrays.asList(env("APP_JVM_OPTS", "-Xmx512m").trim().split("\\s+"));

        try (Postgres db = Postgres.scratch("cpay_load_" + run); CpayStub stub = CpayStub.start(SECRET_KEY)) {
            log("PostgreSQL %s, scratch database %s, C-Pay stub at %s, app JVM options %s", db.version(),
                    db.jdbcUrl(), stub.url(), jvm);
            Map<String, String> env = appEnv(db, stub);
            try (AppInstance app = AppInstance.start("app-1", jar, work, jvm, env)) {
                LoadLevel.CpuMeter cpu = () -> new double[]{CpuTime.millis(app.pid()),
                        CpuTime.millis(db.backendPids())};
                Thread.sleep(10_000);
                long idleRss = app.rssBytes();
                log("app-1 pid %d ready, idle RSS %.1f MB", app.pid(), idleRss / 1e6);

                // RSS after the creations, which also give the JIT the creation path before anything is timed (the
                // levels measured on a JIT still compiling were 3-4x slower than the same levels afterwards)
                LoadLevel.Result fill = LoadLevel.run(top, 0, 900, creations, 201, cpu, s -> create(app.url(), s));
                log("%d creations: %s", createdCount.get(), describe(fill));
                long loadedRss = app.rssBytes();
                log("RSS after %d creations: %.1f MB", createdCount.get(), loadedRss / 1e6);
                // every later figure is of a database whose statistics know its size, as in production
                db.analyze();
                log("statistics gathered (VACUUM ANALYZE)");
                rows.add(Row.ratio("RSS after " + createdCount.get() + " creations vs idle RSS of the same process (MB)",
                        loadedRss / 1e6, idleRss / 1e6, "<= 1.5", false));
                LoadLevel.run(top, intEnv("WARMUP_SECONDS", 30), 0, 200, s -> api.readOrder(app.url(),
                        created.peek()));
                String one = "get-" + run;
                expect(201, api.createDeposit(app.url(), one), "the order for the GET baseline");
                LoadLevel.Result get = LoadLevel.run(top, 1, levelSeconds, Long.MAX_VALUE, 200, cpu,
                        s -> api.readOrder(app.url(), one));
                log("GET one order, %d concurrent: %s", top, describe(get));

                List<LoadLevel.Result> creation = new ArrayList<>();
                for (int level : levels) {
                    LoadLevel.Result r = LoadLevel.run(level, 1, levelSeconds, Long.MAX_VALUE, 201, cpu,
                            s -> create(app.url(), s));
                    creation.add(r);
                    log("creation, %d concurrent: %s", level, describe(r));
                }
                // the GET baseline again: it moved 2.4x between two quiet runs of one day, so each run shows its spread
                LoadLevel.Result getAgain = LoadLevel.run(top, 1, levelSeconds, Long.MAX_VALUE, 200, cpu,
                        s -> api.readOrder(app.url(), one));
                log("GET one order again, %d concurrent: %s", top, describe(getAgain));
                rows.add(Row.ratio("single-order GET " + top + " concurrent: measured after the creation levels vs"
                        + " before them (per s)", getAgain.perSecond(), get.perSecond(), "report", null));
                // The floor of a creation through the same stack: the same POST replayed under its Idempotency-Key
                // (bearer token, JSON, fingerprint, the stored answer read in one transaction; nothing written, no
                // C-Pay call). A creation adds to it the C-Pay call and its durable writes.
                String replayKey = "replay-" + run;
                String replayed = "replay-" + run;
                expect(201, api.createDeposit(app.url(), replayed, replayKey), "the order for the replay floor");
                LoadLevel.Result replays = LoadLevel.run(top, 1, levelSeconds, Long.MAX_VALUE, 201, cpu,
                        s -> api.createDeposit(app.url(), replayed, replayKey));
                log("the same creation replayed, %d concurrent: %s", top, describe(replays));
                LoadLevel.Result warmGet = getAgain.perSecond() > get.perSecond() ? getAgain : get;
                LoadLevel.Result atTop = creation.get(creation.size() - 1);
                LoadLevel.Result atOne = creation.get(0);
                creation.forEach(r -> rows.add(new Row(String.format(Locale.ROOT,
                        "order creation, %d concurrent (p50 / p99 ms; errors)", r.concurrency()),
                        String.format(Locale.ROOT, "%.0f/s (%.1f / %.1f; %d)", r.perSecond(), r.p50Millis(),
                                r.p99Millis(), r.errors()), "-", "-", "-", "-")));
                rows.add(Row.ratio("order creation " + top + " concurrent vs single-order GET " + top
                        + " concurrent, the faster of its two measurements (per s)", atTop.perSecond(),
                        warmGet.perSecond(), ">= 0.3", true));
                rows.add(Row.ratio("floor: a creation replayed under its Idempotency-Key (nothing written, no C-Pay"
                        + " call), " + top + " concurrent, vs the same GET (per s; " + replays.errors() + " errors)",
                        replays.perSecond(), warmGet.perSecond(), "report", null));
                rows.add(Row.ratio("order creation scaling: " + top + " concurrent vs 1 (per s)",
                        atTop.perSecond(), atOne.perSecond(), "report", null));

                rows.add(Row.ratio("CPU per order creation vs per single-order GET, app JVM + PostgreSQL backends (ms)",
                        atTop.appCpuPerCall() + atTop.dbCpuPerCall(), warmGet.appCpuPerCall() + warmGet.dbCpuPerCall(),
                        "report", null));
                // At the goal's rate every creation may use at most cores / rate of CPU, for the app, the database,
                // the stub and this driver together; PostgreSQL's share alone is measured above.
                double budget = Runtime.getRuntime().availableProcessors() * 1000.0 / (0.3 * warmGet.perSecond());
                rows.add(Row.ratio("ceiling: PostgreSQL's own CPU per creation vs the whole machine's CPU per creation"
                        + " at the goal's rate (" + Runtime.getRuntime().availableProcessors() + " cores / (0.3 x GET"
                        + " per s); ms)", atTop.dbCpuPerCall(), budget, "report", null));
                rows.add(Row.ratio("CPU per order creation vs per replayed creation, app JVM + PostgreSQL backends"
                        + " (ms)", atTop.appCpuPerCall() + atTop.dbCpuPerCall(),
                        replays.appCpuPerCall() + replays.dbCpuPerCall(), "report", null));
                Queue<String> toNotify = new ConcurrentLinkedQueue<>(created);
                Queue<String> notified = new ConcurrentLinkedQueue<>();
                long createTime = System.currentTimeMillis();
                LoadLevel.Result webhooks = LoadLevel.run(webhookConcurrency, intEnv("WEBHOOK_WARMUP_SECONDS", 8),
                        webhookSeconds, Long.MAX_VALUE, 200, cpu, s -> {
                    String tradeNo = toNotify.poll();
                    if (tradeNo == null) {
                        throw new IllegalStateException("ran out of orders to notify; lower WEBHOOK_SECONDS");
                    }
                    int status = api.deliverProcessing(app.url(), tradeNo, createTime);
                    notified.add(tradeNo);
                    return status;
                });
                log("webhooks, %d concurrent: %s", webhookConcurrency, describe(webhooks));
                // The floors: the same endpoint's cheapest signed path (a notification delivered again: verified,
                // found in the inbox, nothing changes) and a read of one order, at the same concurrency. Intake
                // that writes four rows cannot beat either, so they bound what the intake goal can reach here.
                Queue<String> again = new ConcurrentLinkedQueue<>(notified);
                LoadLevel.Result duplicates = LoadLevel.run(webhookConcurrency, 2, webhookSeconds, Long.MAX_VALUE,
                        200, cpu, s -> {
                    String tradeNo = again.poll();
                    if (tradeNo == null) {
                        throw new IllegalStateException("ran out of notified orders to notify again");
                    }
                    again.add(tradeNo);
                    return api.deliverProcessing(app.url(), tradeNo, createTime);
                });
                log("the same webhooks again, %d concurrent: %s", webhookConcurrency, describe(duplicates));
                LoadLevel.Result getAtWebhookLevel = LoadLevel.run(webhookConcurrency, 2, webhookSeconds,
                        Long.MAX_VALUE, 200, cpu, s -> api.readOrder(app.url(), one));
                log("GET one order, %d concurrent: %s", webhookConcurrency, describe(getAtWebhookLevel));
                Postgres.Pgbench pgbench = db.minimalWebhook(pgbenchDir, webhookConcurrency, webhookSeconds);
                log("pgbench minimal INSERT + UPDATE, %d clients: %.0f tps, mean %.2f ms", webhookConcurrency,
                        pgbench.tps(), pgbench.latencyMillis());
                rows.add(Row.ratio("webhook intake, " + webhookConcurrency + " concurrent, vs pgbench minimal INSERT"
                        + " + UPDATE, same clients (per s; " + webhooks.errors() + " errors)", webhooks.perSecond(),
                        pgbench.tps(), ">= 0.5", true));
                rows.add(new Row("webhook intake p50 / p99 (ms)", String.format(Locale.ROOT, "%.1f / %.1f",
                        webhooks.p50Millis(), webhooks.p99Millis()), "-", "-", "p99 <= 20",
                        webhooks.p99Millis() <= 20 ? "yes" : "no"));
                Postgres.Pgbench intakeSql = db.intakeStatements(benchDir.resolve("webhook-intake.sql"),
                        webhookConcurrency, webhookSeconds);
                log("pgbench running the intake's own statements, %d clients: %.0f tps, mean %.2f ms",
                        webhookConcurrency, intakeSql.tps(), intakeSql.latencyMillis());
                rows.add(Row.ratio("ceiling: the intake's own 11 statements run by pgbench on the same database (no"
                        + " HTTP, no Java), vs the same minimal pgbench (tps)", intakeSql.tps(), pgbench.tps(),
                        "report", null));
                rows.add(Row.ratio("floor: the same webhooks delivered again (verify, inbox finds it, no change), "
                        + webhookConcurrency + " concurrent, vs the same pgbench (per s; " + duplicates.errors()
                        + " errors; p99 " + String.format(Locale.ROOT, "%.1f", duplicates.p99Millis()) + " ms)",
                        duplicates.perSecond(), pgbench.tps(), "report", null));
                rows.add(Row.ratio("floor: single-order GET, " + webhookConcurrency
                        + " concurrent, vs the same pgbench (per s; p99 "
                        + String.format(Locale.ROOT, "%.1f", getAtWebhookLevel.p99Millis()) + " ms)",
                        getAtWebhookLevel.perSecond(), pgbench.tps(), "report", null));
                rows.add(Row.ratio("CPU per webhook vs per duplicate webhook, app JVM + PostgreSQL backends (ms)",
                        webhooks.appCpuPerCall() + webhooks.dbCpuPerCall(),
                        duplicates.appCpuPerCall() + duplicates.dbCpuPerCall(), "report", null));

                // The ceilings of the creation goal: a creation's statements without the app, at the creation's
                // concurrency, against the GET the goal is measured by. Run after the webhooks so that their
                // orders (another merchant's) change nothing the app's figures were measured on.
                Postgres.Pgbench creationSql = db.creationStatements(benchDir.resolve("creation-statements.sql"),
                        top, webhookSeconds);
                log("pgbench running a creation's own statements, %d clients: %.0f tps, mean %.2f ms", top,
                        creationSql.tps(), creationSql.latencyMillis());
                Postgres.Pgbench leastSql = db.creationStatements(benchDir.resolve("creation-least.sql"), top,
                        webhookSeconds);
                log("pgbench writing a creation's rows the least way, %d clients: %.0f tps, mean %.2f ms", top,
                        leastSql.tps(), leastSql.latencyMillis());
                rows.add(Row.ratio("ceiling: a creation's own statements as the app runs them (5 transactions, 12"
                        + " statements) run by pgbench on the same database, " + top + " clients, prepared (no HTTP,"
                        + " no Java), vs the same GET (per s)", creationSql.tps(), warmGet.perSecond(), "report",
                        null));
                rows.add(Row.ratio("ceiling: the same rows written the least way money safety allows (one commit"
                        + " before the C-Pay call, one after, no reads), same pgbench, vs the same GET (per s)",
                        leastSql.tps(), warmGet.perSecond(), "report", null));

                if (intEnv("SCALE_OUT", 1) == 0) {
                    return;
                }
                LoadLevel.Result single = LoadLevel.run(top, 1, levelSeconds * 2, 201, s -> create(app.url(), s));
                log("one instance, creation %d concurrent: %s", top, describe(single));
                try (AppInstance second = AppInstance.start("app-2", jar, work, jvm, env)) {
                    URI[] both = {app.url(), second.url()};
                    // the new instance's JIT warms up on its own first, so both are measured warm
                    LoadLevel.run(top, intEnv("SCALE_OUT_WARMUP_SECONDS", 45), 0, 201,
                            s -> create(second.url(), s));
                    LoadLevel.Result two = LoadLevel.run(top, 1, levelSeconds * 2, 201,
                            s -> create(both[(int) (s % 2)], s));
                    log("two instances round-robin, creation %d concurrent: %s", top, describe(two));
                    rows.add(Row.ratio("order creation " + top + " concurrent: two instances on one PostgreSQL"
                            + " (round-robin) vs one (per s)", two.perSecond(), single.perSecond(), "report", null));
                }
            }
            log("C-Pay stub answered %d createOrder calls, %d badly signed", stub.answered(), stub.badlySigned());
        }
    }

    private int create(URI app, long sequence) throws IOException, InterruptedException {
        String tradeNo = "b" + run + "-" + sequence;
        int status = api.createDeposit(app, tradeNo);
        if (status == 201) {
            created.add(tradeNo);
            createdCount.incrementAndGet();
        }
        return status;
    }

    private static Map<String, String> appEnv(Postgres db, CpayStub stub) {
        Map<String, String> env = new HashMap<>();
        env.put("CPAY_MODE", "sandbox");
        env.put("CPAY_SANDBOX_ENABLED", "false");
        env.put("CPAY_BASE_URL", stub.url().toString());
        env.put("CPAY_MERCHANT_ID", MERCHANT_ID);
        env.put("CPAY_SECRET_KEY", SECRET_KEY);
        // DB_URL_OPTIONS: e.g. "?options=-c%20log_statement%3Dall" to count the statements in the server's log
        env.put("DATASOURCES_DEFAULT_URL", db.jdbcUrl() + env("DB_URL_OPTIONS", ""));
        env.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        // no background C-Pay lookups during the measurement: the stub knows createOrder only
        env.put("CPAY_RECONCILIATION_ENABLED", "false");
        return env;
    }

    private static String describe(LoadLevel.Result r) {
        String timing = String.format(Locale.ROOT, "%d calls in %.1f s = %.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                r.calls(), r.seconds(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors());
        return r.appCpuMillis() == 0 ? timing : timing + String.format(Locale.ROOT,
                "; CPU per call: app %.2f ms, PostgreSQL %.2f ms", r.appCpuPerCall(), r.dbCpuPerCall());
    }

    private static void expect(int expected, int actual, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": HTTP " + actual + ", expected " + expected);
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[load %tT] " + format + "%n", prepend(System.currentTimeMillis(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of sandbox-load.sh (run with the JDK's source launcher: {@code java SandboxLoad.java <base-url>}):
 * a burst of deposits (POST /api/v1/deposits) through a running cpay-app in sandbox mode, then watches whether the
 * embedded simulator's lifecycle keeps up. Prints the latency of the first and the last creations (in the order
 * they were sent) and, after the burst, how many orders are still PENDING or PROCESSING in the app and in the
 * simulator, until all are COMPLETED or the wait runs out. Bounded in count and time; talks to one URL only.
 *
 * <p>Environment: ORDERS (2000), CONCURRENCY (16), WINDOW (200: first/last how many), WAIT_SECONDS (600: longest
 * wait for completion), MARKS (10,30,60,120: seconds after the burst at which the simulator's statuses are
 * printed), TOKEN (cpay-sandbox-dev-token).
 */
public final class SandboxLoad {

    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final String token = env("TOKEN", "cpay-sandbox-dev-token");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private SandboxLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        new SandboxLoad(args.length > 0 ? args[0] : "http://localhost:18090").run();
    }

    private void run() throws Exception {
        int orders = Integer.parseInt(env("ORDERS", "2000"));
        int concurrency = Integer.parseInt(env("CONCURRENCY", "16"));
        int window = Math.min(Integer.parseInt(env("WINDOW", "200")), orders);
        long waitSeconds = Long.parseLong(env("WAIT_SECONDS", "600"));
        List<Long> marks = Arrays.stream(env("MARKS", "10,30,60,120").split(",")).map(Long::parseLong).sorted().toList();
        String run = Long.toString(System.currentTimeMillis(), 36);

        long[] latencyNanos = new long[orders];
        int[] statusCodes = new int[orders];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long burstStart = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    statusCodes[i] = createDeposit("bench-" + run + "-" + i);
                    latencyNanos[i] = System.nanoTime() - start;
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException("the burst did not finish within 30 minutes");
        }
        long burstEnd = System.nanoTime();
        long created = Arrays.stream(statusCodes).filter(c -> c == 201).count();
        System.out.printf("burst: %d deposits, %d concurrent, %.1f s, %d answered 201, others: %s%n", orders, concurrency,
                (burstEnd - burstStart) / 1e9, created, otherCodes(statusCodes));
        System.out.printf("creation latency, first %d: %s%n", window, summary(Arrays.copyOfRange(latencyNanos, 0, window)));
        System.out.printf("creation latency, last  %d: %s%n", window,
                summary(Arrays.copyOfRange(latencyNanos, orders - window, orders)));
        System.out.printf("creation latency, all %d: %s%n", orders, summary(latencyNanos));

        // the app's view (its own store, filled by the simulator's webhooks) every second; the simulator's own
        // statuses only at the marks, to disturb it as little as possible
        int markIndex = 0;
        Double appDoneAt = null;
        while (true) {
            double since = (System.nanoTime() - burstEnd) / 1e9;
            long pending = countInApp("PENDING");
            long processing = countInApp("PROCESSING");
            if (pending + processing == 0 && appDoneAt == null) {
                appDoneAt = since;
            }
            while (markIndex < marks.size() && since >= marks.get(markIndex)) {
                System.out.printf("+%ds after the burst: app PENDING %d, PROCESSING %d | simulator %s%n",
                        marks.get(markIndex), pending, processing, simulatorStatuses(run));
                markIndex++;
            }
            if (appDoneAt != null) {
                Map<String, Integer> simulator = simulatorStatuses(run);
                System.out.printf("all COMPLETED in the app %.1f s after the burst (simulator: %s)%n", appDoneAt, simulator);
                break;
            }
            if (since > waitSeconds) {
                System.out.printf("NOT all COMPLETED %d s after the burst: app PENDING %d, PROCESSING %d | simulator %s%n",
                        waitSeconds, pending, processing, simulatorStatuses(run));
                break;
            }
            Thread.sleep(1000);
        }
    }

    private int createDeposit(String tradeNo) {
        String body = "{\"userId\":\"" + tradeNo + "\",\"merchantTradeNo\":\"" + tradeNo
                + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/deposits"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Orders of that status in the app, counted page by page (at most 200 a page). */
    private long countInApp(String status) throws Exception {
        long count = 0;
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            String url = base + "/api/v1/orders?limit=200&status=" + status + (cursor == null ? "" : "&cursor=" + cursor);
            String body = get(url, true);
            count += items(body);
            Matcher next = CURSOR.matcher(body);
            if (!next.find()) {
                return count;
            }
            cursor = java.net.URLEncoder.encode(next.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return count;
    }

    /** How many orders a page holds: each order has exactly one "merchantTradeNo" field. */
    private static long items(String body) {
        return Pattern.compile("\"merchantTradeNo\"\\s*:").matcher(body).results().count();
    }

    /** The simulator's orders of this run by status, from its control API. */
    private Map<String, Integer> simulatorStatuses(String run) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (String status : List.of("PENDING", "PROCESSING", "COMPLETED", "CLOSED")) {
            String body = get(base + "/sandbox/v1/orders?status=" + status, false);
            long n = Pattern.compile("\"merchantTradeNo\"\\s*:\\s*\"bench-" + run + "-").matcher(body).results().count();
            counts.put(status, (int) n);
        }
        return counts;
    }

    private String get(String url, boolean authorized) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (authorized) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format("mean %.1f ms, p50 %.1f ms, p95 %.1f ms, max %.1f ms", mean, percentile(sorted, 50),
                percentile(sorted, 95), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String otherCodes(int[] codes) {
        Map<Integer, Integer> others = new TreeMap<>();
        for (int code : codes) {
            if (code != 201) {
                others.merge(code, 1, Integer::sum);
            }
        }
        return others.isEmpty() ? "none" : others.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package com.cpay.platform.chaos.support;

import com.cpay.platform.sandbox.control.ControlModels.OrderView;
import com.cpay.platform.sandbox.journal.RequestRecord;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks every scenario makes, each adding what it finds to the scenario's {@link Violations}. */
public final class Invariants {

    /** Terminal statuses: an order there never changes again. */
    public static final Set<String> TERMINAL = Set.of("COMPLETED", "CLOSED");
    private static final Set<String> CREATING_OPERATIONS = java.util.Arrays.stream(Creation.values())
            .map(Creation::operation).collect(Collectors.toSet());

    private Invariants() {
    }

    /** Every order the app answered for exists: GET /api/v1/orders/{merchantTradeNo} is 200 and names it. */
    public static void ordersExist(Api api, Collection<String> tradeNos, Violations violations) {
        for (String tradeNo : tradeNos) {
            Answer order = api.get("/api/v1/orders/" + tradeNo);
            violations.check(order.status() == 200 && tradeNo.equals(order.merchantTradeNo().orElse(null)),
                    "answered order missing", tradeNo + ": GET answered " + order);
        }
    }

    /** No merchantTradeNo has two rows in the app's orders table. */
    public static void noDuplicateOrders(Connection connection, Violations violations) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT merchant_trade_no, COUNT(*) FROM orders GROUP BY merchant_trade_no HAVING COUNT(*) > 1")) {
            while (rows.next()) {
                violations.add("order stored twice", rows.getString(1) + " has " + rows.getLong(2) + " rows");
            }
        }
    }

    /**
     * At most one order at C-Pay per merchantTradeNo, created by at most one accepted request; and every order C-Pay
     * has from the app is one the app knows (it records the order before calling C-Pay).
     */
    public static void oneCpayOrderPerTradeNo(Simulator simulator, Api api, Violations violations) {
        List<OrderView> orders = simulator.orders();
        orders.stream().filter(o -> o.merchantTradeNo() != null)
                .collect(Collectors.groupingBy(OrderView::merchantTradeNo, Collectors.counting()))
                .forEach((tradeNo, count) -> violations.check(count == 1, "two orders at C-Pay",
                        tradeNo + " has " + count + " orders at C-Pay"));
        simulator.requests().stream()
                .filter(r -> CREATING_OPERATIONS.contains(r.operation()) && r.refusalReason() == null)
                .map(r -> r.parameters().get("merchantTradeNo")).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .forEach((tradeNo, count) -> violations.check(count == 1, "created twice at C-Pay",
                        tradeNo + " accepted " + count + " times"));
        for (OrderView order : orders) {
            if (order.merchantTradeNo() != null) {
                Answer known = api.get("/api/v1/orders/" + order.merchantTradeNo());
                violations.check(known.status() == 200, "order at C-Pay unknown to the app",
                        order.merchantTradeNo() + " (" + order.kind() + "): GET answered " + known.status());
            }
        }
    }

    /**
     * Money out (withdraw, createFiatPayoutOrder, pwpp, exchange) reached C-Pay at most once per merchantTradeNo,
     * whatever C-Pay answered: the platform never sends it again on its own (docs/decisions.md, decision 25).
     */
    public static void moneyOutSentAtMostOnce(List<RequestRecord> requests, Violations violations) {
        Set<String> moneyOut = java.util.Arrays.stream(Creation.values()).filter(Creation::moneyOut)
                .map(Creation::operation).collect(Collectors.toSet());
        requests.stream().filter(r -> moneyOut.contains(r.operation()))
                .filter(r -> r.parameters().get("merchantTradeNo") != null)
                .collect(Collectors.groupingBy(r -> r.operation() + " " + r.parameters().get("merchantTradeNo"),
                        Collectors.toList()))
                .forEach((what, sent) -> violations.check(sent.size() == 1, "money out sent twice",
                        what + " reached C-Pay " + sent.size() + " times: " + sent.stream()
                                .map(r -> r.refusalReason() == null ? "accepted" : r.refusalReason() + "/" + r.msg())
                                .toList()));
    }

    /** How many webhook inbox entries are in each state, and {@code ALL}. */
    public static Map<String, Long> inboxStates(Database database) throws SQLException {
        Map<String, Long> states = new java.util.TreeMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT state, COUNT(*) FROM webhook_inbox GROUP BY state")) {
            while (rows.next()) {
                states.put(rows.getString(1), rows.getLong(2));
                states.merge("ALL", rows.getLong(2), Long::sum);
            }
        }
        return states;
    }

    /** A no-order deposit C-Pay made to the user's address is one order of that user here, in C-Pay's status. */
    public static void depositBookedOnce(Api api, Simulator simulator, String user, Violations violations) {
        List<OrderView> atCpay = simulator.orders().stream().filter(o -> user.equals(o.userId())).toList();
        Answer listed = api.get("/api/v1/orders?userId=" + user);
        Object items = listed.json().get("items");
        int booked = items instanceof List<?> list ? list.size() : -1;
        violations.check(booked == 1 && atCpay.size() == 1
                        && listed.body().contains("\"status\":\"" + atCpay.get(0).status() + "\""),
                "no-order deposit not booked once in C-Pay's status", user + ": " + listed);
    }

    /** Re-sent creates of money in (allowed once by the design, counted for the figures). */
    public static long moneyInResent(List<RequestRecord> requests) {
        return requests.stream().filter(r -> r.operation().equals("createOrder")
                        || r.operation().equals("createOrderByCreditCard"))
                .collect(Collectors.groupingBy(r -> String.valueOf(r.parameters().get("merchantTradeNo")),
                        Collectors.counting()))
                .values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    }

    /** An order's status moves forward only: PENDING, PROCESSING, then one terminal status that never changes. */
    @SuppressWarnings("unchecked")
    public static void neverBackwards(String tradeNo, Map<String, Object> order, Violations violations) {
        Object history = order.get("history");
        if (!(history instanceof List<?> entries)) {
            return;
        }
        for (Object entry : entries) {
            Map<String, Object> change = (Map<String, Object>) entry;
            String from = String.valueOf(change.get("from"));
            String to = String.valueOf(change.get("to"));
            if (!from.equals(to)) {
                violations.check(rank(to) > rank(from), "status went backwards",
                        tradeNo + ": " + from + " -> " + to + " (" + change.get("source") + ")");
            }
        }
    }

    private static int rank(String status) {
        return switch (status) {
            case "PENDING" -> 0;
            case "PROCESSING" -> 1;
            case "COMPLETED", "CLOSED" -> 2;
            default -> -1;
        };
    }

    /**
     * No card number used in the scenario in any table or column of the app's database, in any file of the app's
     * directory (H2 files, logs) or in its log output; nor in the simulator's files and log (it keeps only the
     * masked number). The database is read once the app has stopped.
     */
    public static CardDataScan noCardNumbers(Database database, Collection<Path> dirs, Violations violations)
            throws SQLException {
        CardDataScan scan = new CardDataScan();
        try (Connection connection = database.connect()) {
            scan.database(connection, database.schema()).forEach(f -> violations.add("card number stored", f));
        }
        for (Path dir : dirs) {
            scan.files(dir).forEach(f -> violations.add("card number in a file or log", f));
        }
        return scan;
    }
}

package com.cpay.platform.app.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import com.cpay.platform.app.support.AppDatabase;
import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.LogCapture;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.app.support.Webhooks;
import com.cpay.platform.domain.shared.TestCardNumbers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@code POST /cpay/webhooks} with card numbers: forged webhooks (random JSON, form, text and binary bodies
 * with Luhn-valid numbers of 13 to 19 digits written in the usual ways, as values, numbers, arrays, field names,
 * deep in long text, in the content type; security codes beside them) and correctly signed ones carrying card numbers
 * in their free-text fields, over real HTTP on loopback. Then every column of every table (JDBC metadata) and
 * everything logged (as the console renders it, and the raw messages before the layout's masking) are searched for
 * each of those numbers in any of the formattings, separators removed: none may be found. The seed is printed with
 * any failure and can be fixed with {@code -Dcpay.test.fuzz.seed=...}.
 */
abstract class WebhookCardDataFuzzContract {

    private static final long SEED = Long.getLong("cpay.test.fuzz.seed", System.nanoTime());
    private static final int FORGED = 300;
    private static final int SIGNED = 40;
    /** The separators card numbers are written with; removed from whatever is searched. */
    private static final Pattern SEPARATORS = Pattern.compile("%(?:20|2[Bb]|2[Dd])|[\\s\\u00A0\\-+./_,]");
    private static final List<String> CARD_FIELDS = List.of("cardNumber", "pan", "card_no", "remark", "extInfo",
            "note", "number", "ccnum", "merchantTradeNo", "orderId");
    private static final List<String> CODE_FIELDS = List.of("cvv", "cvc", "cvv2", "securityCode", "CVV", "card_cvc");
    private static final List<String> WORDS = List.of("lorem", "card", "paid", "ref", "order", "x", "{", "}", ":",
            "42", "2026-03-10", "19.99", "USD", "\\n", "é");

    /** Datasource settings of the database under test. */
    protected abstract Map<String, Object> database();

    @Test
    void no_card_number_sent_to_the_webhook_endpoint_is_stored_or_logged() {
        Random random = new Random(SEED);
        List<Card> cards = new ArrayList<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        Set<String> refusedBodies = new HashSet<>();
        Map<String, Object> properties = new HashMap<>(database());
        properties.put("cpay.webhooks.refused.limit", "100000");
        properties.put("cpay.webhooks.refused.max-stored", "100000");
        try (TestApp app = TestApp.start(properties); LogCapture rendered = new LogCapture();
             RawMessages raw = new RawMessages()) {
            Http http = new Http(app.url());
            URI endpoint = app.url().resolve("/cpay/webhooks");
            for (int i = 0; i < FORGED; i++) {
                Delivery forged = forged(random, cards, i);
                answers.merge(send(http, endpoint, forged), 1, Integer::sum);
                refusedBodies.add(sha256(forged.body()));
            }
            for (int i = 0; i < SIGNED; i++) {
                Delivery signed = signed(random, cards, i);
                answers.merge(send(http, endpoint, signed), 1, Integer::sum);
                if (i % 4 == 3) {
                    refusedBodies.add(sha256(signed.body()));
                }
            }

            Scan scan = AppDatabase.read(app, c -> scanDatabase(c, cards));
            scan.findings().addAll(findings("logged", rendered.text(), cards));
            scan.findings().addAll(findings("raw log message", raw.text(), cards));

            assertThat(scan.findings()).as("card data found (seed %d)", SEED).isEmpty();
            assertThat(answers).as("answers by status (seed %d)", SEED).containsOnlyKeys(200, 400)
                    .containsEntry(200, SIGNED - SIGNED / 4);
            assertThat(scan.tables()).contains("webhook_inbox", "orders", "idempotency_records");
            assertThat(scan.refusedRows()).as("every distinct refused body was stored (the scan saw them)")
                    .isEqualTo(refusedBodies.size());
            assertThat(cards).hasSizeGreaterThan(FORGED);
        }
    }

    private static int send(Http http, URI endpoint, Delivery delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
        HttpResponse<String> answer = delivery.contentType() == null ? http.send(request)
                : http.send(request, "Content-Type", delivery.contentType());
        return answer.statusCode();
    }

    // ------------------------------------------------------------------------------------------ what is sent

    private static Delivery forged(Random random, List<Card> cards, int n) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> new Delivery(utf8(json(random, cards, n)), pick(random, "application/json",
                    "application/json; charset=utf-8", null, "text/plain"));
            case 4, 5 -> new Delivery(utf8(form(random, cards, n)), pick(random, "application/x-www-form-urlencoded",
                    null));
            case 6 -> {
                Card card = card(random, cards);
                yield new Delivery(utf8(json(random, cards, n)), "application/x-card-" + card.written());
            }
            case 7 -> {
                Card card = card(random, cards);
                String json = json(random, cards, n);
                yield new Delivery(utf8(json.substring(0, random.nextInt(json.length()))
                        + "\"" + card.written() + "\""), "application/json");
            }
            case 8 -> {
                Card card = card(random, cards);
                yield new Delivery(utf8("card " + card.written() + " " + card.codeField() + " " + card.code()
                        + " " + words(random, 20)), pick(random, "text/plain", null));
            }
            default -> {
                Card card = card(random, cards);
                byte[] noise = new byte[random.nextInt(60)];
                random.nextBytes(noise);
                byte[] written = utf8(card.written());
                byte[] body = new byte[noise.length + written.length + 2];
                System.arraycopy(noise, 0, body, 0, noise.length);
                body[noise.length] = 0;
                System.arraycopy(written, 0, body, noise.length + 1, written.length);
                body[body.length - 1] = (byte) 0xff;
                yield new Delivery(body, pick(random, "application/json", "application/x-www-form-urlencoded", null));
            }
        };
    }

    private static String json(Random random, List<Card> cards, int n) {
        StringBuilder body = new StringBuilder("{\"merchantId\":\"20003092\",\"merchantTradeNo\":\"fz-" + n
                + "\",\"orderStatus\":\"14\",\"createTime\":\"" + System.currentTimeMillis() + "\"");
        int placements = 1 + random.nextInt(3);
        for (int i = 0; i < placements; i++) {
            Card card = card(random, cards);
            String field = pick(random, CARD_FIELDS.toArray(String[]::new)) + (i == 0 ? "" : i);
            body.append(',').append(switch (random.nextInt(7)) {
                case 0 -> "\"" + field + "\":" + card.digits();
                case 1 -> "\"" + field + "\":[" + String.join(",", card.digits().split("(?<=\\G.{4})")) + "]";
                case 2 -> "\"" + card.written() + "\":\"x\",\"" + card.written() + "\":\"y\"";
                case 3 -> "\"" + field + "\":\"" + words(random, random.nextInt(120)) + " card " + card.written()
                        + " exp 12/29\"";
                case 4 -> "\"card\":{\"number\":\"" + card.written() + "\",\"" + card.codeField() + "\":\""
                        + card.code() + "\"}";
                default -> "\"" + field + "\":\"" + card.written() + "\"";
            });
            body.append(",\"").append(card.codeField()).append("\":")
                    .append(random.nextBoolean() ? card.code() : "\"" + card.code() + "\"");
        }
        if (random.nextBoolean()) {
            body.append(",\"sign\":\"").append(HexFormat.of().formatHex(bytes(random, 32))).append('"');
        }
        return body.append('}').toString();
    }

    private static String form(Random random, List<Card> cards, int n) {
        StringBuilder body = new StringBuilder("merchantId=20003092&merchantTradeNo=fz-" + n + "&orderStatus=14");
        int placements = 1 + random.nextInt(3);
        for (int i = 0; i < placements; i++) {
            Card card = card(random, cards);
            String field = pick(random, CARD_FIELDS.toArray(String[]::new)) + (i == 0 ? "" : i);
            String value = card.written();
            body.append('&').append(field).append('=').append(switch (random.nextInt(3)) {
                case 0 -> URLEncoder.encode(value, StandardCharsets.UTF_8);
                case 1 -> value.replace(" ", "%20");
                default -> value;
            });
            body.append('&').append(random.nextBoolean() ? card.codeField() : "card%5B" + card.codeField() + "%5D")
                    .append('=').append(card.code());
        }
        if (random.nextBoolean()) {
            body.append("&sign=").append(HexFormat.of().formatHex(bytes(random, 32)));
        }
        return body.toString();
    }

    /** Correctly signed: three in four name an order we never issued (kept UNMATCHED), one another merchant. */
    private static Delivery signed(Random random, List<Card> cards, int n) {
        Map<String, String> fields = Webhooks.notification("fz-unknown-" + n, "cp-fz-" + n, "14", "10");
        if (n % 4 == 3) {
            fields.put("merchantId", "99");
        }
        Card remark = card(random, cards);
        Card extra = card(random, cards);
        fields.put("remark", "paid with card " + remark.written());
        fields.put("extInfo", "card " + extra.written());
        fields.put("cardNo", card(random, cards).written());
        fields.put(remark.codeField(), remark.code());
        Map<String, String> ordered = new LinkedHashMap<>(fields);
        return new Delivery(utf8(Webhooks.signedJson(ordered, Webhooks.KEY)), "application/json");
    }

    private static Card card(Random random, List<Card> cards) {
        int length = 13 + random.nextInt(7);
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        while (digits.length() < length - 1) {
            digits.append(random.nextInt(10));
        }
        String number = TestCardNumbers.withCheckDigit(digits.toString());
        String written = switch (random.nextInt(8)) {
            case 0 -> number;
            case 1 -> groups(number, 4, " ");
            case 2 -> groups(number, 4, "-");
            case 3 -> groups(number, 4, "  ");
            case 4 -> number.substring(0, 4) + " " + number.substring(4, 10) + " " + number.substring(10);
            case 5 -> groups(number, 1, " ");
            case 6 -> groups(number, 4, " - ");
            default -> groups(number, 4, ".");
        };
        String code = Integer.toString(100 + random.nextInt(9900));
        Card card = new Card(number, written, pick(random, CODE_FIELDS.toArray(String[]::new)), code);
        cards.add(card);
        return card;
    }

    private static String groups(String digits, int size, String separator) {
        return String.join(separator, digits.split("(?<=\\G.{" + size + "})"));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] bytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ what is searched

    /** Every column of every table of the app's schema, by JDBC metadata. */
    private static Scan scanDatabase(Connection c, List<Card> cards) throws SQLException {
        Scan scan = new Scan(new ArrayList<>(), new ArrayList<>(), new int[1]);
        DatabaseMetaData meta = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", null)) {
            while (rs.next()) {
                if (List.of("TABLE", "BASE TABLE").contains(rs.getString("TABLE_TYPE"))) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        for (String table : tables) {
            scan.tables().add(table.toLowerCase(java.util.Locale.ROOT));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData columns = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        String text = value instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1)
                                : String.valueOf(value);
                        scan.findings().addAll(findings(table + "." + columns.getColumnName(i), text, cards));
                    }
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM webhook_inbox WHERE verified = FALSE")) {
            rs.next();
            scan.refused()[0] = rs.getInt(1);
        }
        return scan;
    }

    /** Where a card number or a security code with its field name shows in the text; never the value itself. */
    private static List<String> findings(String where, String text, List<Card> cards) {
        List<String> found = new ArrayList<>();
        String digitsOnly = SEPARATORS.matcher(text).replaceAll("");
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            if (text.contains(card.written()) || digitsOnly.contains(card.digits())) {
                found.add(where + ": card number " + i + " (" + card.digits().length() + " digits)");
            }
            for (String code : List.of(card.codeField() + "\":\"" + card.code() + "\"", card.codeField() + "\":"
                    + card.code() + ",", card.codeField() + "=" + card.code() + "&", "%5D=" + card.code())) {
                if (text.contains(code)) {
                    found.add(where + ": security code of card " + i);
                }
            }
        }
        return found;
    }

    private record Delivery(byte[] body, String contentType) {
    }

    private record Card(String digits, String written, String codeField, String code) {
    }

    private record Scan(List<String> findings, List<String> tables, int[] refused) {
        int refusedRows() {
            return refused[0];
        }
    }

    /** Every message logged while open, as the application wrote it (before the layout masks anything). */
    private static final class RawMessages extends AppenderBase<ILoggingEvent> implements AutoCloseable {

        private final StringBuilder text = new StringBuilder();
        private final Logger root;

        RawMessages() {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            setContext(context);
            setName("raw-messages");
            start();
            root.addAppender(this);
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void close() {
            root.detachAppender(this);
            stop();
        }
    }
}

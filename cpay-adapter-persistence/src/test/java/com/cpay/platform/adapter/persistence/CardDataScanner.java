package com.cpay.platform.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for card data where none may be: in the schema (a column that could hold a full card number or a
 * CVV) and in the stored data (every text column of every table of the current schema). Findings name the
 * table, column and rule, never the value.
 */
final class CardDataScanner {

    /** Column names that would announce card data. */
    static final Pattern FORBIDDEN_COLUMN = Pattern.compile(
            "card_?num.*|.*card_?no|^pan$|.*full_pan.*|.*unmasked.*|.*cvv.*|.*cvc.*|.*cvn.*|.*cid$|.*security_code.*"
                    + "|.*exp(iry|iration)?_?date.*|.*track_?[12].*|.*pin_?block.*");
    /** Digits, optionally grouped by single spaces or dashes, as card numbers are written. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d)*");
    private static final int MASKED_PAN_MAX = 19;
    // An event's id is a UUID: its 8-4-4-4-12 hex groups often hold dash-separated digit runs of 16, but no card
    // number is written in that shape, so a whole UUID is taken out before digits are looked at.
    private static final Pattern UUID_TEXT = Pattern.compile(
            "(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])");

    private CardDataScanner() {
    }

    /** Every finding in the schema and the data of the connection's current schema. */
    static List<String> findCardData(Connection c) throws SQLException {
        List<String> findings = new ArrayList<>(schemaFindings(c));
        for (Column column : textColumns(c)) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + column.name() + " FROM " + column.table()
                         + " WHERE " + column.name() + " IS NOT NULL")) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    containsCardNumber(value).ifPresent(rule -> findings.add(column + ": " + rule));
                    if (column.name().equals("masked_pan") && (value.indexOf('*') < 0 || value.length() > MASKED_PAN_MAX)) {
                        findings.add(column + ": a masked_pan value that is not masked");
                    }
                }
            }
        }
        return findings;
    }

    /** Columns that are named like card data, and a masked_pan that could hold more than a masked number. */
    static List<String> schemaFindings(Connection c) throws SQLException {
        List<String> findings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, character_maximum_length"
                + " FROM information_schema.columns WHERE table_schema = current_schema");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1).toLowerCase(Locale.ROOT);
                String column = rs.getString(2).toLowerCase(Locale.ROOT);
                if (FORBIDDEN_COLUMN.matcher(column).matches()) {
                    findings.add(table + "." + column + ": a column named like card data");
                }
                if (column.contains("pan") && !column.equals("masked_pan")) {
                    findings.add(table + "." + column + ": a PAN column other than masked_pan");
                }
                if (column.equals("masked_pan") && (rs.getObject(3) == null || rs.getLong(3) > MASKED_PAN_MAX)) {
                    findings.add(table + "." + column + ": can hold more than " + MASKED_PAN_MAX + " characters");
                }
            }
        }
        return findings;
    }

    /** Every character column of every table in the current schema. */
    static List<Column> textColumns(Connection c) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.table_name, c.column_name, c.data_type"
                + " FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = current_schema AND t.table_type IN ('BASE TABLE', 'TABLE')"
                + " ORDER BY c.table_name, c.ordinal_position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(3).toLowerCase(Locale.ROOT);
                if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                    columns.add(new Column(rs.getString(1).toLowerCase(Locale.ROOT),
                            rs.getString(2).toLowerCase(Locale.ROOT)));
                }
            }
        }
        return columns;
    }

    /**
     * The rule a text breaks, if it holds something that could be a card number: a run of 13 to 19 digits
     * (single spaces or dashes between them allowed) passing the Luhn check, or any run of exactly 16 digits;
     * a UUID written as such is none.
     */
    static java.util.Optional<String> containsCardNumber(String text) {
        Matcher m = DIGIT_RUN.matcher(UUID_TEXT.matcher(text).replaceAll("uuid"));
        while (m.find()) {
            String digits = m.group().replace(" ", "").replace("-", "");
            if (digits.length() == 16) {
                return java.util.Optional.of("a run of 16 digits");
            }
            if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
                return java.util.Optional.of("a " + digits.length() + "-digit number passing the Luhn check");
            }
        }
        return java.util.Optional.empty();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    record Column(String table, String name) {
        @Override
        public String toString() {
            return table + "." + name;
        }
    }
}

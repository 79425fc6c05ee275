package com.cpay.platform.chaos.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for the test card numbers the scenario used everywhere the app keeps something: every column of every
 * table (found through JDBC metadata, so a new table or column is covered without naming it), every file under
 * the app's directory (its H2 files and logs, as bytes) and its log output.
 */
public final class CardDataScan {

    private int cellsRead;
    private int filesRead;

    /** Every table and column of the app's schema; answers where a card number was found. */
    public List<String> database(Connection connection, String schema) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        if (tables.isEmpty()) {
            found.add("no table found in schema " + schema + ": the scan read nothing");
        }
        for (String table : tables) {
            try (Statement s = connection.createStatement();
                 ResultSet rows = s.executeQuery("SELECT * FROM " + schema + "." + table)) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        String text = text(rows, i);
                        cellsRead++;
                        if (text != null) {
                            String column = rows.getMetaData().getColumnName(i);
                            cardIn(text).forEach(pan -> found.add(table + "." + column + " holds " + masked(pan)));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every regular file under {@code dir}, read as bytes; findings are named from dir's parent on. */
    public List<String> files(Path dir) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                filesRead++;
                Path named = dir.getParent() == null ? file : dir.getParent().relativize(file);
                cardIn(text).forEach(pan -> found.add(named + " holds " + masked(pan)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    public int cellsRead() {
        return cellsRead;
    }

    public int filesRead() {
        return filesRead;
    }

    /** The card numbers used that appear in the text, in any of their spellings. */
    public static List<String> cardIn(String text) {
        return CardNumbers.USED.stream()
                .filter(pan -> CardNumbers.spellings(pan).stream().anyMatch(text::contains)).toList();
    }

    private static String text(ResultSet rows, int column) throws SQLException {
        int type = rows.getMetaData().getColumnType(column);
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return rows.getString(column);
    }

    /** How a finding names the card: never the full number, so the report itself leaks nothing new. */
    private static String masked(String pan) {
        return "card " + pan.substring(0, 6) + "******" + pan.substring(pan.length() - 4);
    }
}

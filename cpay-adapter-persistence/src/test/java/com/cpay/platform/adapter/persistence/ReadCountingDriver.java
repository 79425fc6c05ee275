package com.cpay.platform.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A JDBC driver for tests that shows what the adapter reads: {@code jdbc:counting:<rest>} connects to
 * {@code jdbc:<rest>} and records every statement run on it, with the number of rows each query's results returned.
 * Public with a public constructor because HikariCP instantiates it by name.
 */
public final class ReadCountingDriver implements Driver {

    private static final String PREFIX = "jdbc:counting:";
    private static final Map<String, Statements> BY_URL = new ConcurrentHashMap<>();

    /** The counting URL for a real JDBC URL. */
    static String countingUrl(String realUrl) {
        return PREFIX + realUrl.substring("jdbc:".length());
    }

    /** What was run on connections to {@code realUrl}. */
    static Statements statements(String realUrl) {
        return BY_URL.computeIfAbsent(realUrl, u -> new Statements());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String real = "jdbc:" + url.substring(PREFIX.length());
        Connection connection = DriverManager.getConnection(real, info);
        return proxy(Connection.class, connection, new OnConnection(connection, statements(real)));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    /** One statement run: its SQL and, for a query, how many rows were read from its results. */
    record Run(String sql, AtomicLong rows) {

        boolean readsFrom(String table) {
            return Pattern.compile("^\\s*select\\b.*\\bfrom\\s+\"?" + table + "\"?(\\s|$)",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(sql).find();
        }
    }

    /** The statements run on one database, oldest first. */
    static final class Statements {

        private final ConcurrentLinkedQueue<Run> runs = new ConcurrentLinkedQueue<>();

        void clear() {
            runs.clear();
        }

        List<Run> runs() {
            return List.copyOf(runs);
        }

        /** Rows read by queries whose first table is {@code table}. */
        long rowsReadFrom(String table) {
            return runs.stream().filter(r -> r.readsFrom(table)).mapToLong(r -> r.rows().get()).sum();
        }

        /** Rows read by every query. */
        long rowsRead() {
            return runs.stream().mapToLong(r -> r.rows().get()).sum();
        }

        private Run ran(String sql) {
            Run run = new Run(sql, new AtomicLong());
            runs.add(run);
            return run;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ReadCountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Hands out counting statements. */
    private record OnConnection(Connection target, Statements statements) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            if (result instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")) {
                return proxy(PreparedStatement.class, prepared, new OnStatement(prepared, statements, (String) args[0]));
            }
            if (result instanceof Statement plain && method.getName().equals("createStatement")) {
                return proxy(Statement.class, plain, new OnStatement(plain, statements, null));
            }
            return result;
        }
    }

    /** Records each execution (the SQL given to it, or the prepared one) and counts its results' rows. */
    private static final class OnStatement implements InvocationHandler {

        private final Statement target;
        private final Statements statements;
        private final String prepared;
        private volatile Run last;

        OnStatement(Statement target, Statements statements, String prepared) {
            this.target = target;
            this.statements = statements;
            this.prepared = prepared;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            if (method.getName().startsWith("execute")) {
                last = statements.ran(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
            }
            if (result instanceof ResultSet rs && last != null
                    && (method.getName().equals("executeQuery") || method.getName().equals("getResultSet"))) {
                return proxy(ResultSet.class, rs, new OnResults(rs, last));
            }
            return result;
        }
    }

    /** Counts the rows read. */
    private record OnResults(ResultSet target, Run run) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                run.rows().incrementAndGet();
            }
            return result;
        }
    }
}

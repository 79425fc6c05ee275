package com.cpay.platform.app.migrations;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Postgres;
import com.cpay.platform.app.support.TestApp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code migrate} as a separate step, and an app started without migrations on a database migrated that way. */
class MigrateCommandTest {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void migrate_creates_the_schema_and_an_app_started_without_migrations_uses_it(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("cpay") + H2_OPTIONS;

        assertThat(MigrateCommand.run(new String[] {"--datasources.default.url=" + url,
                "--datasources.default.username=sa", "--datasources.default.password="})).isZero();
        assertThat(appliedMigrations(url, "sa", "")).isGreaterThanOrEqualTo(8);
        // a second run finds nothing to do
        assertThat(MigrateCommand.run(new String[] {"--datasources.default.url=" + url,
                "--datasources.default.username=sa"})).isZero();

        try (TestApp app = TestApp.start(Map.of("datasources.default.url", url,
                "cpay.migrations.on-start", "false"))) {
            assertThat(new Http(app.url()).postJson("/api/v1/deposits",
                    "{\"userId\":\"migrated\",\"cryptoCurrency\":\"USDT\",\"amount\":\"1\"}").statusCode()).isEqualTo(201);
        }
    }

    @Test
    void migrate_works_on_postgresql_in_the_configured_schema() throws Exception {
        Assumptions.assumeTrue(Postgres.unavailable().isEmpty(), () -> "PostgreSQL: " + Postgres.unavailable().get());
        try (Postgres pg = Postgres.freshSchema("migrate")) {
            List<String> args = new ArrayList<>();
            pg.properties().forEach((key, value) -> args.add("--" + key + "=" + value));
            assertThat(MigrateCommand.run(args.toArray(String[]::new))).isZero();
            String schemaUrl = (String) pg.properties().get("datasources.default.url");
            assertThat(appliedMigrations(schemaUrl, Postgres.USER, Postgres.PASSWORD)).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void an_app_without_migrations_refuses_an_empty_database_saying_what_to_run() {
        assertThatThrownBy(() -> TestApp.start(Map.of("cpay.migrations.on-start", "false")).close())
                .hasStackTraceContaining("java -jar cpay-app.jar migrate");
    }

    @Test
    void a_database_that_cannot_be_reached_fails_the_command() {
        assertThat(MigrateCommand.run(new String[] {
                "--datasources.default.url=jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2"})).isEqualTo(1);
    }

    private static long appliedMigrations(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

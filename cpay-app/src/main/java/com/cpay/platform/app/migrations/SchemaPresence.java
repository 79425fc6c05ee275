package com.cpay.platform.app.migrations;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * With {@code cpay.migrations.on-start=false} nothing creates the tables at start-up: this refuses to start on a
 * database that was never migrated, with a message saying what to run, instead of answering 500 to every request.
 */
@Context
@Requires(property = "cpay.migrations.on-start", value = "false")
public class SchemaPresence {

    // the injected data source is Micronaut Data's contextual one, usable only inside a transaction: the resolver
    // gives the pool behind it
    public SchemaPresence(DataSource dataSource, DataSourceResolver resolver) {
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
            if (!rows.next() || rows.getLong(1) == 0) {
                throw notMigrated();
            }
        } catch (SQLException e) {
            throw notMigrated();
        }
    }

    private static IllegalStateException notMigrated() {
        return new IllegalStateException("cpay.migrations.on-start=false but the database has no migrated schema: "
                + "run `java -jar cpay-app.jar migrate` with the same datasources.default.* settings first");
    }
}

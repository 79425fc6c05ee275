package com.cpay.platform.app.migrations;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar cpay-app.jar migrate}: applies the database migrations and exits, without starting the server,
 * the jobs or the simulator. It reads the same configuration as the application ({@code datasources.default.*},
 * {@code flyway.datasources.default.schemas} and {@code .locations}, environment variables, {@code -Dkey=value},
 * {@code --key=value}), so that a deployment can migrate once, as a separate step with its own database rights,
 * and start every instance with {@code cpay.migrations.on-start=false}.
 */
public final class MigrateCommand {

    /** The first program argument that selects this command. */
    public static final String NAME = "migrate";
    private static final Logger LOG = LoggerFactory.getLogger(MigrateCommand.class);
    private static final String PREFIX = "datasources.default.";

    private MigrateCommand() {
    }

    /** Migrates; answers the process exit status (0 when the schema is up to date). */
    public static int run(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder().args(args).build()) {
            Environment environment = context.getEnvironment();
            environment.start();
            Flyway flyway = Flyway.configure()
                    .dataSource(environment.getRequiredProperty(PREFIX + "url", String.class),
                            environment.getProperty(PREFIX + "username", String.class).orElse(null),
                            environment.getProperty(PREFIX + "password", String.class).orElse(null))
                    .locations(environment.getProperty("flyway.datasources.default.locations", String[].class)
                            .orElse(new String[] {"classpath:db/migration"}))
                    .schemas(environment.getProperty("flyway.datasources.default.schemas", String[].class)
                            .orElse(new String[0]))
                    .load();
            MigrateResult result = flyway.migrate();
            LOG.info("database migrated: {} migration(s) applied, schema version {}", result.migrationsExecuted,
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
            return 0;
        } catch (RuntimeException e) {
            LOG.error("database migration failed: {}", e.getMessage());
            return 1;
        }
    }
}

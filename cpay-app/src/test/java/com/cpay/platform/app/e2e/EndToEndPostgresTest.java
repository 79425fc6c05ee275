package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** The end-to-end contract on PostgreSQL; skipped, with the reason, when no server answers. */
class EndToEndPostgresTest extends EndToEndContract {

    private Postgres schema;

    @BeforeAll
    @Override
    void start() {
        Assumptions.assumeTrue(Postgres.unavailable().isEmpty(), () -> Postgres.unavailable().orElse(""));
        schema = Postgres.freshSchema("e2e");
        super.start();
    }

    @AfterAll
    @Override
    void stop() {
        super.stop();
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    protected Map<String, Object> database() {
        return schema.properties();
    }
}

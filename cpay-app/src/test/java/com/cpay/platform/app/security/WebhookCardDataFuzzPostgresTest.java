package com.cpay.platform.app.security;

import com.cpay.platform.app.support.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

import java.util.Map;

/** The webhook card-data fuzz on PostgreSQL; skipped, with the reason, when no server answers. */
class WebhookCardDataFuzzPostgresTest extends WebhookCardDataFuzzContract {

    private Postgres schema;

    @BeforeEach
    void freshSchema() {
        Assumptions.assumeTrue(Postgres.unavailable().isEmpty(), () -> Postgres.unavailable().orElse(""));
        schema = Postgres.freshSchema("fuzz");
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    protected Map<String, Object> database() {
        return schema.properties();
    }
}

package com.cpay.platform.app.e2e;

import java.util.Map;

/** The end-to-end contract on H2 (PostgreSQL mode, in memory). */
class EndToEndH2Test extends EndToEndContract {

    @Override
    protected Map<String, Object> database() {
        return Map.of();
    }
}

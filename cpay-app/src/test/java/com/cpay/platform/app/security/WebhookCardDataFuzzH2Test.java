package com.cpay.platform.app.security;

import java.util.Map;

/** The webhook card-data fuzz on H2 (PostgreSQL mode, in memory). */
class WebhookCardDataFuzzH2Test extends WebhookCardDataFuzzContract {

    @Override
    protected Map<String, Object> database() {
        return Map.of();
    }
}

package com.cpay.platform.app.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * HELP texts for the meters whose libraries register them without one (Micronaut's HTTP timers, Micrometer's
 * executor timers), so that every line of /prometheus says what it measures. A meter that has a description keeps
 * it; OperationsTest fails when a new meter comes without one and is missing here.
 */
@Singleton
class MetricHelpTexts implements MeterFilter {

    private static final Map<String, String> TEXTS = Map.of(
            "http.server.requests", "Requests this instance answered, by route template, method, status and exception",
            "http.client.requests", "Requests sent with Micronaut's HTTP client (the calls to C-Pay), by uri, method and status",
            "executor", "Time tasks ran on an executor (Micronaut's io and scheduled pools)",
            "executor.idle", "Time tasks waited on an executor before they ran");

    @Override
    public Meter.Id map(Meter.Id id) {
        String description = id.getDescription();
        if (description != null && !description.isBlank()) {
            return id;
        }
        String text = TEXTS.get(id.getName());
        return text == null ? id
                : new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), text, id.getType());
    }
}

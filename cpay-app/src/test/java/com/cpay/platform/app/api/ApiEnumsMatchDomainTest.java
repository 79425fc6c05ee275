package com.cpay.platform.app.api;

import com.cpay.platform.domain.events.EventType;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReviewReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * internal-api.yaml repeats the domain's enums, and the app turns one into the other by name. A value added to
 * the domain (a new order kind, review reason or event type) but not to the spec would break every answer that
 * carries it (a listing with one such order fails to render), and a client generated from the spec would not know
 * it; one left in the spec after the domain dropped it is a promise nothing keeps.
 */
class ApiEnumsMatchDomainTest {

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("OrderKind", names(OrderKind.values(), Enum::name)),
                Arguments.of("OrderStatus", names(OrderStatus.values(), Enum::name)),
                Arguments.of("EventSource", names(EventSource.values(), Enum::name)),
                Arguments.of("ReviewReason", names(ReviewReason.values(), Enum::name)),
                Arguments.of("EventType", names(EventType.values(), EventType::wireName)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void the_spec_lists_exactly_the_domain_values(String schema, List<String> domain) throws IOException {
        List<String> spec = new ArrayList<>();
        schema(schema).path("enum").forEach(value -> spec.add(value.asText()));

        assertThat(spec).as("components.schemas.%s.enum of internal-api.yaml", schema)
                .containsExactlyInAnyOrderElementsOf(domain);
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream spec = ApiEnumsMatchDomainTest.class.getResourceAsStream("/internal-api.yaml")) {
            assertThat(spec).as("internal-api.yaml on the test class path (cpay-spec)").isNotNull();
            JsonNode schema = new YAMLMapper().readTree(spec).path("components").path("schemas").path(name);
            assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
            return schema;
        }
    }
}

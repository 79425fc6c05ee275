package com.cpay.platform.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.shared.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The details documents alone: amounts are exact strings, and what cannot be stored or read is refused. */
class DetailsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_amount_in_a_document_is_a_string_never_a_json_number() throws Exception {
        for (Order order : OrderExamples.everyKind("json")) {
            JsonNode document = JSON.readTree(DetailsJson.write(order.details()));
            List<JsonNode> values = new ArrayList<>();
            collect(document, values);
            assertThat(values).as(order.kind().name()).allMatch(JsonNode::isTextual);
        }
    }

    @Test
    void an_amount_keeps_every_one_of_its_eight_decimals_and_thirty_digits() {
        String exact = "123456789012345678901234567890.12345678";
        Order order = Order.open(OrderExamples.tradeNo("json-exact"), NewOrder.exchange(Optional.empty(),
                OrderExamples.USER, Money.parse("sourceAmount", exact, Asset.USDT), Asset.BTC), OrderExamples.T0);
        String written = DetailsJson.write(order.details());
        assertThat(written).contains("\"amount\":\"" + exact + "\"");
        assertThat(DetailsJson.read(OrderKind.CRYPTO_EXCHANGE, written,
                new StoredDetails.Columns(Asset.BTC, java.util.Optional.empty(), null))).isEqualTo(order.details());
    }

    @Test
    void an_amount_the_columns_could_not_hold_is_refused_in_a_document_too() {
        Order order = Order.open(OrderExamples.tradeNo("json-huge"), NewOrder.exchange(Optional.empty(),
                OrderExamples.USER, Money.parse("sourceAmount", "1" + "0".repeat(30), Asset.USDT), Asset.BTC),
                OrderExamples.T0);
        assertThatThrownBy(() -> DetailsJson.write(order.details())).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_document_with_a_field_this_code_does_not_know_is_refused_rather_than_half_read() {
        assertThatThrownBy(() -> DetailsJson.read(OrderKind.HOSTED_CARD,
                "{\"cashierUrl\":\"https://cashier.example/x\",\"surprise\":\"1\"}",
                new StoredDetails.Columns(Asset.EUR, java.util.Optional.empty(), null)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void collect(JsonNode node, List<JsonNode> values) {
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, values));
        } else {
            values.add(node);
        }
    }
}

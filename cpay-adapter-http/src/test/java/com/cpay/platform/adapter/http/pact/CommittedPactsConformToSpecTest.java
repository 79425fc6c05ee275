package com.cpay.platform.adapter.http.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every interaction of the committed pacts (contracts/pacts) conforms to cpay-merchant-api.yaml ({@link
 * SpecConformance}: swagger-request-validator-pact for the interactions, swagger-request-validator-core for the
 * form bodies). The second test plants one error of each kind in a copy of the pact and expects each to be
 * reported, so that a check which silently validated nothing could not pass.
 */
class CommittedPactsConformToSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SpecConformance spec;

    @BeforeAll
    static void readSpec() {
        spec = new SpecConformance(PactContract.SPEC);
    }

    @Test
    void every_committed_interaction_conforms_to_the_spec() throws IOException {
        List<Path> pacts;
        try (Stream<Path> files = Files.list(PactContract.COMMITTED_PACTS)) {
            pacts = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(pacts).as("committed pacts in %s", PactContract.COMMITTED_PACTS).isNotEmpty();
        for (Path pact : pacts) {
            assertThat(JSON.readTree(pact.toFile()).get("interactions")).as("interactions of %s", pact.getFileName())
                    .isNotEmpty();
            String report = spec.check(pact);
            if (!report.isEmpty()) {
                fail("contracts/pacts/" + pact.getFileName() + " does not conform to cpay-merchant-api.yaml:\n" + report);
            }
        }
    }

    @Test
    void planted_errors_in_queries_form_bodies_and_answers_are_all_reported(@TempDir Path dir) throws IOException {
        ObjectNode pact = (ObjectNode) JSON.readTree(PactContract.COMMITTED_PACTS.resolve(PactContract.PACT_FILE).toFile());
        ArrayNode planted = JSON.createArrayNode();
        for (JsonNode interaction : pact.get("interactions")) {
            String description = interaction.get("description").asText();
            ObjectNode copy = interaction.deepCopy();
            ObjectNode request = (ObjectNode) copy.get("request");
            String body = request.path("body").asText();
            if (description.startsWith("createOrder: a USDT")) {
                // a form body without its required cryptoCurrency
                request.put("body", body.replace("&cryptoCurrency=USDT", ""));
            } else if (description.startsWith("createFiatPayoutOrder: 5 BRL")) {
                // the spelling of another operation (docs/decisions.md, decision 4): an undeclared form field
                request.put("body", body.replace("callBackURL=", "callbackURL="));
            } else if (description.startsWith("pwpp: 19.01")) {
                // numeric-looking form values are text: expDate must still match MM/YY
                request.put("body", body.replace("expDate=12%2F35", "expDate=13%2F35"));
            } else if (description.startsWith("getMerchantBalance: the merchant's")) {
                // a query sign that is not 64 lowercase hex characters
                ((ObjectNode) request.get("query")).putArray("sign").add("NOT-A-SIGNATURE");
            } else if (description.startsWith("getOrderDetail: a completed")) {
                // LenientText is oneOf string | number: a boolean is neither
                ((ObjectNode) copy.at("/response/body/data")).put("merchantId", true);
            } else {
                continue;
            }
            copy.put("description", "planted: " + description);
            planted.add(copy);
        }
        assertThat(planted).hasSize(5);
        pact.set("interactions", planted);
        Path broken = dir.resolve(PactContract.PACT_FILE);
        JSON.writeValue(broken.toFile(), pact);

        String report = spec.check(broken);

        assertThat(report).contains("planted: createOrder: a USDT deposit order of 3 (form body)")
                .contains("[\"cryptoCurrency\"]");
        assertThat(report).contains("planted: createFiatPayoutOrder: 5 BRL over PIX to an e-mail key (form body)")
                .contains("callbackURL");
        assertThat(report).contains("planted: pwpp: 19.01 USD charged to a valid card (form body)").contains("13/35");
        assertThat(report).contains("planted: getMerchantBalance").contains("NOT-A-SIGNATURE");
        assertThat(report).contains("planted: getOrderDetail").contains("merchantId");
    }
}

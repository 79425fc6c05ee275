package com.cpay.platform.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the consumer tests (failsafe): the pact {@link CpayPlatformClientPactTest} wrote must be the one committed
 * in {@code contracts/pacts/api}, which cpay-app verifies; a changed expectation of the facade is committed on purpose
 * or not at all. {@code -Dcontracts.update=true} copies the new file over the committed one.
 */
class ApiPactUpToDateIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGENERATE = "./mvnw -B verify -pl cpay-internal-client -Dcontracts.update=true";

    @Test
    void the_regenerated_api_pact_equals_the_committed_one() throws IOException {
        assertThat(ApiContract.GENERATED).as("the consumer tests wrote no pact; run %s", REGENERATE).exists();
        if (Boolean.getBoolean("contracts.update")) {
            Files.createDirectories(ApiContract.COMMITTED.getParent());
            Files.copy(ApiContract.GENERATED, ApiContract.COMMITTED, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(ApiContract.COMMITTED).as("no committed API pact; run %s and commit it", REGENERATE).exists();
        assertThat(withoutVersion(ApiContract.GENERATED.toFile()))
                .as("API contract changed: regenerate with %s, review git diff contracts/pacts/api, commit", REGENERATE)
                .isEqualTo(withoutVersion(ApiContract.COMMITTED.toFile()));
    }

    // the pact-jvm version that wrote the file is no part of the contract
    private static JsonNode withoutVersion(java.io.File pact) throws IOException {
        JsonNode tree = JSON.readTree(pact);
        ((ObjectNode) tree.path("metadata")).remove("pact-jvm");
        return tree;
    }
}

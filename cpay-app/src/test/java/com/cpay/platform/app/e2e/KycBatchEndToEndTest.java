package com.cpay.platform.app.e2e;

import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.client.internal.InternalApiClients;
import com.cpay.platform.client.internal.api.KycBatchesApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.Gender;
import com.cpay.platform.client.internal.model.KycBatchResult;
import com.cpay.platform.client.internal.model.KycUser;
import com.cpay.platform.client.internal.model.SubmitKycBatchRequest;
import com.cpay.platform.client.internal.model.Violation;
import com.cpay.platform.sandbox.journal.RequestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A batch of users' identity data (C-Pay submitKYC), end to end through real HTTP: C-Pay's count of accepted users
 * comes back; a batch with a user breaking a rule is refused naming that user's field and never sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KycBatchEndToEndTest {

    private TestApp app;
    private ApiClient client;

    @BeforeAll
    void start() {
        app = TestApp.start();
        client = app.client();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static KycUser user(String userId, LocalDate birthday) {
        return new KycUser().userId(userId).firstName("hart").middleName("").lastName("lee").birthday(birthday)
                .gender(Gender.MALE).country("RU").iddCode("7").personalCode("12341234123")
                .certificateDateStart(LocalDate.of(2008, 1, 1)).certificateDateEnd(LocalDate.of(2038, 1, 1))
                .idCardUrls(List.of(URI.create("https://files.merchant.example/kyc/" + userId + "/id.jpg")))
                .documentUrls(List.of(URI.create("https://files.merchant.example/kyc/" + userId + "/proof.pdf")))
                .email("asdf@gmail.com").mobile("23452345");
    }

    private List<RequestRecord> submitted() {
        return app.simulator().requests().stream().filter(r -> r.operation().equals("submitKYC")).toList();
    }

    @Test
    void a_batch_is_submitted_and_cpays_count_of_accepted_users_comes_back() throws ApiException {
        KycBatchResult result = new KycBatchesApi(client).submitKycBatch(Orders.key(), new SubmitKycBatchRequest()
                .users(List.of(user("231xsd23", LocalDate.of(1987, 5, 1)),
                        user("231xsd24", LocalDate.of(1990, 12, 31)))));

        assertThat(result.getSubmitted()).isEqualTo(2);
        assertThat(result.getAccepted()).isEqualTo(2L);
        assertThat(result.getPartial()).isFalse();
        // C-Pay's own spelling on the wire (docs/decisions.md, decision 6)
        String data = submitted().get(submitted().size() - 1).parameters().get("data");
        assertThat(data).contains("\"brithday\":\"1987-05-01\"").contains("\"IdCardUrls\"").contains("231xsd24");
    }

    @Test
    void a_user_born_in_the_future_is_refused_naming_that_user_and_nothing_is_sent() {
        int before = submitted().size();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> new KycBatchesApi(client)
                .submitKycBatch(Orders.key(), new SubmitKycBatchRequest().users(List.of(
                        user("ok-user", LocalDate.of(1987, 5, 1)), user("future", LocalDate.now().plusYears(1))))));

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(InternalApiClients.problem(client, refused).orElseThrow().getViolations())
                .extracting(Violation::getField).contains("users[1].birthday");
        assertThat(submitted()).hasSize(before);
    }
}

package com.cpay.platform.domain.kyc;

import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.FakePlatform;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitKycBatchServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final SubmitKycBatchService service = platform.submitKycBatch();

    @Test
    void a_partial_acceptance_is_reported_as_such() {
        platform.cpay.kyc.answersWith(batch -> batch.resultWith(1));

        SubmitKycBatchUseCase.Result result = service.submitKycBatch(new SubmitKycBatchUseCase.Command(
                List.of(user("u-1", LocalDate.of(1987, 5, 1)), user("u-2", LocalDate.of(1990, 1, 1)))));

        assertThat(result.result().submitted()).isEqualTo(2);
        assertThat(result.result().accepted()).isEqualTo(1);
        assertThat(result.result().isPartial()).isTrue();
        assertThat(platform.cpay.kyc.lastRequest().size()).isEqualTo(2);
    }

    @Test
    void a_birthday_is_judged_against_the_clocks_today() {
        platform.clock.set(Instant.parse("2026-03-10T08:00:00Z"));
        var command = new SubmitKycBatchUseCase.Command(List.of(user("u-1", LocalDate.of(2026, 3, 11))));

        assertRefused(() -> service.submitKycBatch(command), "users[0].birthday", "past");
        assertThat(platform.cpay.kyc.calls()).isZero();

        platform.clock.set(Instant.parse("2026-03-12T08:00:00Z"));
        assertThat(service.submitKycBatch(command).result().isComplete()).isTrue();
    }

    @Test
    void a_kyc_batch_holds_one_to_a_thousand_users() {
        assertRefused(() -> new SubmitKycBatchUseCase.Command(List.of()), "users", "required");
        assertRefused(() -> new SubmitKycBatchUseCase.Command(null), "users", "required");
        assertRefused(() -> new SubmitKycBatchUseCase.Command(Collections.nCopies(1001, user("u", LocalDate.of(1990, 1, 1)))),
                "users", "max-batch-size");
        assertThat(new SubmitKycBatchUseCase.Command(Collections.nCopies(1000, user("u", LocalDate.of(1990, 1, 1))))
                .users()).hasSize(1000);
    }

    @Test
    void the_command_keeps_its_own_copy_of_the_users() {
        List<KycUser> users = new ArrayList<>(List.of(user("u-1", LocalDate.of(1990, 1, 1))));
        var command = new SubmitKycBatchUseCase.Command(users);

        users.clear();

        assertThat(command.users()).hasSize(1);
    }

    private static KycUser user(String id, LocalDate birthday) {
        return new KycUser(id, "hart", "", "lee", birthday, Gender.MALE, "RU", "7", "12341234123",
                LocalDate.of(2008, 1, 1), LocalDate.of(2038, 1, 1), List.of(URI.create("https://files.example.com/a.jpg")),
                List.of(), "asdf@gmail.com", "23452345");
    }
}

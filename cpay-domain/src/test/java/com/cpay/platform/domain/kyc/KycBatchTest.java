package com.cpay.platform.domain.kyc;

import static com.cpay.platform.domain.kyc.KycUserBuilder.TODAY;
import static com.cpay.platform.domain.kyc.KycUserBuilder.aUser;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cpay.platform.domain.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KycBatchTest {

    private static List<KycUser> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> aUser().userId("user-" + i).build()).toList();
    }

    @Test
    void a_batch_of_1000_users_is_accepted() {
        KycBatch batch = KycBatch.of(users(1000), TODAY);
        assertThat(batch.size()).isEqualTo(1000);
        assertThat(batch.users()).hasSize(1000);
    }

    @Test
    void a_batch_of_1001_users_is_refused() {
        assertRefused(() -> KycBatch.of(users(1001), TODAY), "users", "max-batch-size");
    }

    @Test
    void a_batch_of_one_user_is_accepted_and_an_empty_one_refused() {
        assertThat(KycBatch.of(users(1), TODAY).users()).extracting(KycUser::userId).containsExactly("user-0");
        assertRefused(() -> KycBatch.of(List.of(), TODAY), "users", "required");
        assertRefused(() -> KycBatch.of(null, TODAY), "users", "required");
        assertThatThrownBy(() -> KycBatch.of(users(1), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void each_problem_is_reported_with_the_users_position() {
        List<KycUser> list = new ArrayList<>(users(5));
        KycUserBuilder late = aUser().userId("user-3");
        late.birthday = TODAY.plusDays(1);
        late.country = "XX";
        list.set(3, late.build());
        KycUserBuilder noEmail = aUser().userId("user-1");
        noEmail.email = "nope";
        list.set(1, noEmail.build());
        var e = assertRefusedWith(() -> KycBatch.of(list, TODAY),
                "users[1].email", "email", "users[3].birthday", "past", "users[3].country", "iso-country");
        assertThat(e.violations()).hasSize(3);
    }

    @Test
    void user_ids_are_unique_in_a_batch() {
        List<KycUser> list = List.of(aUser().userId("a").build(), aUser().userId("b").build(),
                aUser().userId("a").build(), aUser().userId("a").build());
        var e = assertRefusedWith(() -> KycBatch.of(list, TODAY), "users[2].userId", "duplicate",
                "users[3].userId", "duplicate");
        assertThat(e.violations()).hasSize(2);
    }

    @Test
    void users_without_id_are_not_reported_as_duplicates() {
        List<KycUser> list = List.of(aUser().userId(null).build(), aUser().userId(null).build());
        var e = assertRefusedWith(() -> KycBatch.of(list, TODAY), "users[0].userId", "required",
                "users[1].userId", "required");
        assertThat(e.violations()).extracting(Violation::rule).containsOnly("required");
    }

    @Test
    void an_empty_entry_in_a_batch_is_refused() {
        List<KycUser> list = Arrays.asList(aUser().build(), null);
        assertRefused(() -> KycBatch.of(list, TODAY), "users[1]", "required");
    }

    @Test
    void an_oversized_batch_still_reports_its_invalid_users() {
        List<KycUser> list = new ArrayList<>(users(1001));
        KycUserBuilder b = aUser().userId("x");
        b.birthday = LocalDate.of(1800, 1, 1);
        list.set(1000, b.build());
        var e = assertRefusedWith(() -> KycBatch.of(list, TODAY), "users", "max-batch-size",
                "users[1000].birthday", "min-date");
        assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("users", "max-batch-size"), tuple("users[1000].birthday", "min-date"));
    }

    @Test
    void the_batch_is_a_copy() {
        List<KycUser> list = new ArrayList<>(users(2));
        KycBatch batch = KycBatch.of(list, TODAY);
        list.clear();
        assertThat(batch.users()).hasSize(2);
    }

    @Test
    void the_result_of_a_batch_compares_accepted_with_submitted() {
        KycBatch batch = KycBatch.of(users(10), TODAY);
        assertThat(batch.resultWith(10)).isEqualTo(new KycBatchResult(10, 10));
        assertThat(batch.resultWith(7).isPartial()).isTrue();
    }
}

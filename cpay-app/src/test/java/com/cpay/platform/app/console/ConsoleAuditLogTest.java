package com.cpay.platform.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.AppDatabase;
import com.cpay.platform.app.support.Postgres;
import com.cpay.platform.app.support.TestApp;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The audit log on both databases the app runs on: appended, read newest first, by order and page by page. */
class ConsoleAuditLogTest {

    private static final Operator ALICE = new Operator("alice", ConsoleRole.OPERATOR);

    @Test
    void on_h2() {
        try (TestApp app = TestApp.start()) {
            appendsAndReads(app);
        }
    }

    @Test
    void on_postgresql() {
        Assumptions.assumeTrue(Postgres.unavailable().isEmpty(), () -> Postgres.unavailable().orElse(""));
        try (Postgres database = Postgres.freshSchema("consoleaudit");
             TestApp app = TestApp.start(database.properties())) {
            appendsAndReads(app);
        }
    }

    @Test
    void the_log_can_only_be_appended_to_and_read() {
        List<String> methods = Arrays.stream(ConsoleAuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).sorted().toList();

        assertThat(methods).containsExactly("append", "list");
    }

    private static void appendsAndReads(TestApp app) {
        ConsoleAuditLog log = app.context().getBean(ConsoleAuditLog.class);
        Instant at = Instant.parse("2026-12-06T10:15:30.123456Z");
        String longNote = "n".repeat(1500);
        log.append(AuditEntry.of(at, ALICE, AuditAction.LOGIN, Optional.empty(), Optional.empty(), "logged in",
                Optional.of("127.0.0.1")));
        log.append(AuditEntry.of(at.plusSeconds(1), ALICE, AuditAction.MARK_REVIEWED, Optional.of("order-1"),
                Optional.of(longNote), "review flag cleared", Optional.empty()));
        log.append(AuditEntry.of(at.plusSeconds(2), ALICE, AuditAction.REFRESH, Optional.of("order-2"),
                Optional.empty(), "C-Pay asked", Optional.of("203.0.113.9")));

        List<AuditEntry> all = log.list(Optional.empty(), Optional.empty(), 10);
        List<AuditEntry> order1 = log.list(Optional.of("order-1"), Optional.empty(), 10);
        List<AuditEntry> older = log.list(Optional.empty(), Optional.of(all.get(0).id()), 1);

        assertThat(all).extracting(AuditEntry::action)
                .containsExactly(AuditAction.REFRESH, AuditAction.MARK_REVIEWED, AuditAction.LOGIN);
        assertThat(order1).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(at.plusSeconds(1).truncatedTo(ChronoUnit.MICROS));
            assertThat(e.operator()).isEqualTo("alice");
            assertThat(e.role()).isEqualTo(ConsoleRole.OPERATOR);
            assertThat(e.note()).hasValueSatisfying(n -> assertThat(n).hasSize(AuditEntry.MAX_TEXT));
            assertThat(e.source()).isEmpty();
        });
        assertThat(older).extracting(AuditEntry::action).containsExactly(AuditAction.MARK_REVIEWED);
        assertThat(all.get(2).source()).contains("127.0.0.1");
        Map<String, Object> count = AppDatabase.read(app, c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM console_audit_log")) {
                rs.next();
                return Map.of("rows", rs.getLong(1));
            }
        });
        assertThat(count).containsEntry("rows", 3L);
    }
}

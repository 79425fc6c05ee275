package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.reconciliation.LookupFinding;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Objects;
import java.util.Optional;

/** An inbox row as the domain's {@link StoredNotification}. */
final class InboxRowMapper {

    private InboxRowMapper() {
    }

    static StoredNotification toStored(InboxRow row) {
        InboxEntry.State state = InboxEntry.State.valueOf(row.state());
        NotificationKeys keys = new NotificationKeys(Optional.ofNullable(row.merchantTradeNo()).map(MerchantTradeNo::new),
                Optional.ofNullable(row.cpayOrderId()).map(CpayOrderId::new),
                Optional.ofNullable(row.txHash()).map(TransactionHash::new));
        Optional<LookupFinding> finding = Optional.ofNullable(row.lookupAnswer()).map(answer -> new LookupFinding(
                LookupFinding.Answer.valueOf(answer), Optional.ofNullable(row.cpayStatus()),
                Optional.ofNullable(row.cpayMerchantTradeNo()).map(MerchantTradeNo::new),
                Optional.ofNullable(row.cpayAmounts())));
        // a refused entry keeps no payload: its redacted excerpt stands in for it
        String payload = row.payload() != null ? row.payload() : Objects.requireNonNullElse(row.bodyExcerpt(), "");
        return new StoredNotification(row.dedupeKey(), state, payload, row.receivedAt(), reason(row, state),
                keys, row.lookupAttempts(), Optional.ofNullable(row.nextLookupAt()), finding,
                Optional.ofNullable(row.lookedUpAt()), Optional.ofNullable(row.resolution()));
    }

    private static Optional<String> reason(InboxRow row, InboxEntry.State state) {
        return Optional.ofNullable(switch (state) {
            case REJECTED -> row.rejectionReason();
            case FAILED -> row.failureReason();
            case UNMATCHED, NEEDS_LOOKUP, RESOLVED -> row.reviewReason();
            case RECEIVED, PROCESSED -> null;
        });
    }
}

package com.cpay.platform.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of {@code orders}: every kind of order in one table. The columns are what every kind has, what
 * queries filter, sort or look up by, and what the database must guard; what a kind adds is one JSON document in
 * {@code details} ({@link StoredDetails}) and the merchant's metadata another ({@code metadata},
 * {@link MetadataJson}), except {@code maskedPan} (a check constraint refuses an unmasked number)
 * and {@code txHash} (orders are found by it). Each amount column has its asset code in the column beside it. The
 * lease columns are not mapped: only the lease query writes them, so saving an order never touches a lease.
 * {@code version} is the optimistic lock: the generated update is
 * {@code ... SET version = :next WHERE id = :id AND version = :read}. {@code historyCount}/{@code noteCount} say
 * how many history entries and review notes belong to this version: readers take only those, so row and lists
 * always match. The {@code rejection*} columns hold C-Pay's refusal of the create call, all null when there was
 * none; the {@code outcomeUnknown*}, {@code lookupAttempts} and {@code nextLookupAt} columns are all null unless
 * the order's outcome is unknown. Built by {@link OrderRowMapper}.
 */
@MappedEntity("orders")
record OrderRow(
        @Id @GeneratedValue @Nullable Long id,
        String merchantId,
        String merchantTradeNo,
        @Nullable String cpayOrderId,
        String kind,
        String userId,
        String status,
        @Nullable BigDecimal requestedAmount,
        @Nullable String requestedAsset,
        String reportingAsset,
        @Nullable BigDecimal reportedOrderAmount,
        @Nullable String reportedOrderAsset,
        @Nullable BigDecimal reportedActualAmount,
        @Nullable String reportedActualAsset,
        @Nullable BigDecimal reportedReceivedAmount,
        @Nullable String reportedReceivedAsset,
        @Nullable BigDecimal reportedFeeAmount,
        @Nullable String reportedFeeAsset,
        @Nullable BigDecimal reportedPledgeAmount,
        @Nullable String reportedPledgeAsset,
        @Nullable String txHash,
        @Nullable String maskedPan,
        String details,
        String metadata,
        Instant createdAt,
        Instant updatedAt,
        boolean needsReview,
        int historyCount,
        int noteCount,
        @Nullable Long rejectionCode,
        @Nullable String rejectionMsg,
        @Nullable String rejectionTraceId,
        @Nullable Instant rejectedAt,
        @Nullable Instant outcomeUnknownSince,
        @Nullable String outcomeUnknownReason,
        @Nullable Integer lookupAttempts,
        @Nullable Instant nextLookupAt,
        @Version long version) {
}

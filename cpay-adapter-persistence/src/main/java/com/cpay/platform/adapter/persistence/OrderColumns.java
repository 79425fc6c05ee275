package com.cpay.platform.adapter.persistence;

import com.cpay.platform.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** A mutable gathering of {@link OrderRow}'s columns, so the mapper can fill in only the ones a kind uses. */
final class OrderColumns {

    Long id;
    String merchantId;
    String merchantTradeNo;
    String cpayOrderId;
    String kind;
    String userId;
    String status;
    BigDecimal requestedAmount;
    String requestedAsset;
    String reportingAsset;
    BigDecimal reportedOrderAmount;
    String reportedOrderAsset;
    BigDecimal reportedActualAmount;
    String reportedActualAsset;
    BigDecimal reportedReceivedAmount;
    String reportedReceivedAsset;
    BigDecimal reportedFeeAmount;
    String reportedFeeAsset;
    BigDecimal reportedPledgeAmount;
    String reportedPledgeAsset;
    String network;
    String cashierUrl;
    String txHash;
    String maskedPan;
    BigDecimal cardChargedAmount;
    String cardChargedAsset;
    String cardRequestedAmount;
    String cardRedirectPage;
    String cardRedirectUrl;
    String ccStorageId;
    String payoutToAddress;
    BigDecimal payoutTotalAmount;
    String payoutTotalAsset;
    BigDecimal payoutReceivedAmount;
    String payoutReceivedAsset;
    BigDecimal pixAmount;
    String pixAsset;
    String pixCountry;
    String pixAccountType;
    String pixKey;
    BigDecimal exchangeSourceAmount;
    String exchangeSourceAsset;
    BigDecimal exchangeTargetAmount;
    String exchangeTargetAsset;
    String exchangeRate;
    BigDecimal exchangeFeeAmount;
    String exchangeFeeAsset;
    Instant createdAt;
    Instant updatedAt;
    boolean needsReview;
    int historyCount;
    int noteCount;
    Long rejectionCode;
    String rejectionMsg;
    String rejectionTraceId;
    Instant rejectedAt;
    Instant outcomeUnknownSince;
    String outcomeUnknownReason;
    Integer lookupAttempts;
    Instant nextLookupAt;
    long version;

    /** Amount and asset code of one money column pair; {@code set} receives both. */
    static void put(String field, Money money, MoneyColumns set) {
        if (money != null) {
            set.accept(StoredAssets.amount(field, money), money.asset().code());
        }
    }

    @FunctionalInterface
    interface MoneyColumns {
        void accept(BigDecimal amount, String asset);
    }

    OrderRow toRow() {
        return new OrderRow(id, merchantId, merchantTradeNo, cpayOrderId, kind, userId, status,
                requestedAmount, requestedAsset, reportingAsset,
                reportedOrderAmount, reportedOrderAsset, reportedActualAmount, reportedActualAsset,
                reportedReceivedAmount, reportedReceivedAsset, reportedFeeAmount, reportedFeeAsset,
                reportedPledgeAmount, reportedPledgeAsset,
                network, cashierUrl, txHash,
                maskedPan, cardChargedAmount, cardChargedAsset, cardRequestedAmount, cardRedirectPage,
                cardRedirectUrl, ccStorageId,
                payoutToAddress, payoutTotalAmount, payoutTotalAsset, payoutReceivedAmount, payoutReceivedAsset,
                pixAmount, pixAsset, pixCountry, pixAccountType, pixKey,
                exchangeSourceAmount, exchangeSourceAsset, exchangeTargetAmount, exchangeTargetAsset, exchangeRate,
                exchangeFeeAmount, exchangeFeeAsset,
                createdAt, updatedAt, needsReview, historyCount, noteCount,
                rejectionCode, rejectionMsg, rejectionTraceId, rejectedAt,
                outcomeUnknownSince, outcomeUnknownReason, lookupAttempts, nextLookupAt, version);
    }
}

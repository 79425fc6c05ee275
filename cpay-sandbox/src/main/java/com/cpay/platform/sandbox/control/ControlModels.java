package com.cpay.platform.sandbox.control;

import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.StatusChange;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Bodies of the control API (sandbox-control-api.yaml). */
public final class ControlModels {

    private ControlModels() {
    }

    /** An order as the control API shows it. Card data: masked PAN only. */
    @Serdeable
    public record OrderView(String orderId, String merchantId, @Nullable String merchantTradeNo, String kind, String status,
                            String statusCode, @Nullable String userId, @Nullable String currency, @Nullable String network,
                            @Nullable String amount, @Nullable String receivedAmount, @Nullable String fee,
                            @Nullable String hash, @Nullable String destination, @Nullable String maskedPan,
                            boolean awaiting3ds, @Nullable String callbackUrl, long createTime, long version,
                            List<HistoryStep> history) {

        static OrderView of(Order order) {
            return new OrderView(order.orderId(), order.merchantId(), order.merchantTradeNo(), order.kind().name(),
                    order.status().name(), order.status().code(), order.userId(), order.currency(),
                    order.network(), order.amount(), order.receivedAmount(), order.fee(), order.hash(),
                    order.destination(), order.maskedPan(), order.awaiting3ds(), order.callbackUrl(),
                    order.createTime(), order.version(), order.history().stream().map(HistoryStep::of).toList());
        }
    }

    @Serdeable
    public record HistoryStep(String status, long at, @Nullable String reason) {
        static HistoryStep of(StatusChange change) {
            return new HistoryStep(change.status().name(), change.at(), change.reason());
        }
    }

    /** Move an order now: status as name or code; optional hash; the automatic lifecycle stops for it. */
    @Serdeable
    public record MoveCommand(String status, @Nullable String hash, @Nullable String reason) {
    }

    /**
     * Put an order in place (provider states: "an order with merchantTradeNo X exists in status S"). No webhook
     * is sent and no lifecycle runs; balances take the order's footprint (a payout holds its amount).
     */
    @Serdeable
    public record OrderCommand(@Nullable String merchantId, @Nullable String merchantTradeNo, String kind,
                               @Nullable String status, @Nullable String orderId, @Nullable String userId,
                               @Nullable String currency, @Nullable String network, String amount,
                               @Nullable String receivedAmount, @Nullable String fee, @Nullable String hash,
                               @Nullable String destination, @Nullable String callbackUrl, @Nullable String extInfo) {
    }

    /**
     * A no-order-mode deposit: funds arrive at a user's address with a transaction hash. Give the address, or
     * userId and network. It is recorded COMPLETED (or the given status), credited, and notified by webhook.
     */
    @Serdeable
    public record DepositCommand(@Nullable String merchantId, @Nullable String userId, @Nullable String address,
                                 @Nullable String network, String currency, String amount, @Nullable String hash,
                                 @Nullable String status, @Nullable String callbackUrl) {
    }

    @Serdeable
    public record BalanceView(String asset, String available, String freeze) {
    }

    @Serdeable
    public record BalanceCommand(@Nullable String merchantId, String available, @Nullable String freeze) {
    }

    /** The webhook settings "configured in the merchant platform". */
    @Serdeable
    public record WebhookSettings(@Nullable String callbackUrl, @Nullable String format) {
    }

    @Serdeable
    public record SandboxInfo(String merchantId, List<String> merchantIds, String signatureEmptyRule,
                              Map<String, Object> lifecycle, Map<String, Object> webhooks, Map<String, String> fees, Map<String, String> rates, Map<String, Object> failures,
                              String rateReading) {
    }

    @Serdeable
    public record Problem(String error) {
    }

    /** Lifecycle timings in force; in a command, absent values are left as they are. */
    @Serdeable
    public record LifecycleView(@Nullable Long pendingDelayMs, @Nullable Long processingDelayMs,
                                @Nullable Boolean autoAdvance) {
    }
}

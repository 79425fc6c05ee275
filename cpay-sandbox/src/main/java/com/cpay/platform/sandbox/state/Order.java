package com.cpay.platform.sandbox.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

/**
 * An order as the simulated gateway keeps it: immutable; a change makes a new one ({@link #toBuilder()},
 * {@link #moved}). Amounts are exact decimal text. The JSON form (Micronaut Serialization) is the state file's and
 * the journal's, and reads the state files of the earlier mutable Order too: same field names, absent when null.
 *
 * @param amount         deposit or card amount, payout total (withdraw totalAmount, PIX orderAmount), exchange target
 * @param receivedAmount what the receiver gets: deposits and cards after the fee, payouts as requested
 * @param destination    payout destination: crypto address or PIX key
 * @param merchantCreateTime createTime as the merchant sent it
 * @param maskedPan      first 6 and last 4 digits of the card; the card number itself is never kept
 * @param holdAmount     amount of {@code currency} a payout holds from the balance (frozen while open)
 * @param plannedOutcome the terminal status the automatic lifecycle will reach (CLOSED for the configured failures)
 * @param version        incremented on every change, so that a scheduled step can tell the order moved meanwhile
 * @param createTime     epoch milliseconds when the simulator created the order
 * @param awaiting3ds    a pwpp payment waiting for its 3DS form to be posted
 * @param automatic      whether the automatic lifecycle moves this order on (false once the control API put it somewhere)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(String orderId, String merchantId, @Nullable String merchantTradeNo, @Nullable String userId,
                    @Nullable String currency, @Nullable String network, @Nullable String amount,
                    @Nullable String receivedAmount, @Nullable String fee, @Nullable String destination,
                    @Nullable String accountType, @Nullable String hash, @Nullable String callbackUrl,
                    @Nullable String successUrl, @Nullable String failUrl, @Nullable String remark,
                    @Nullable String extInfo, @Nullable String merchantCreateTime, @Nullable String maskedPan,
                    @Nullable String closeReason, @Nullable String sourceCurrency, @Nullable String sourceAmount,
                    @Nullable String exchangeRate, @Nullable String ccStorageId, @Nullable String holdAmount,
                    OrderKind kind, OrderStatus status, OrderStatus plannedOutcome, long version, long createTime,
                    boolean awaiting3ds, boolean automatic, List<StatusChange> history) {

    public Order {
        status = status == null ? OrderStatus.PENDING : status;
        plannedOutcome = plannedOutcome == null ? OrderStatus.COMPLETED : plannedOutcome;
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This order having entered {@code to}: one more history step and version; a 3DS wait is over. */
    Order moved(OrderStatus to, long at, String reason) {
        List<StatusChange> steps = new ArrayList<>(history);
        steps.add(new StatusChange(to, at, reason));
        return toBuilder().status(to).awaiting3ds(false).version(version + 1).history(steps).build();
    }

    /** This order as first recorded, in its initial status. */
    Order created(long at, String reason) {
        return toBuilder().version(1).history(List.of(new StatusChange(status, at, reason))).build();
    }

    @Override
    public String toString() {
        return "Order[" + orderId + " " + kind + " " + status + "]";
    }

    /** Assembles a new order, or a changed copy of one; the order itself never changes. */
    public static final class Builder {
        private String orderId, merchantId, merchantTradeNo, userId, currency, network, amount, receivedAmount, fee,
                destination, accountType, hash, callbackUrl, successUrl, failUrl, remark, extInfo, merchantCreateTime,
                maskedPan, closeReason, sourceCurrency, sourceAmount, exchangeRate, ccStorageId, holdAmount;
        private OrderKind kind;
        private OrderStatus status = OrderStatus.PENDING;
        private OrderStatus plannedOutcome = OrderStatus.COMPLETED;
        private long version, createTime;
        private boolean awaiting3ds, automatic;
        private List<StatusChange> history = List.of();

        private Builder() {
        }

        private Builder(Order o) {
            orderId = o.orderId; merchantId = o.merchantId; merchantTradeNo = o.merchantTradeNo; userId = o.userId;
            currency = o.currency; network = o.network; amount = o.amount; receivedAmount = o.receivedAmount;
            fee = o.fee; destination = o.destination; accountType = o.accountType; hash = o.hash;
            callbackUrl = o.callbackUrl; successUrl = o.successUrl; failUrl = o.failUrl; remark = o.remark;
            extInfo = o.extInfo; merchantCreateTime = o.merchantCreateTime; maskedPan = o.maskedPan;
            closeReason = o.closeReason; sourceCurrency = o.sourceCurrency; sourceAmount = o.sourceAmount;
            exchangeRate = o.exchangeRate; ccStorageId = o.ccStorageId; holdAmount = o.holdAmount; kind = o.kind;
            status = o.status; plannedOutcome = o.plannedOutcome; version = o.version; createTime = o.createTime;
            awaiting3ds = o.awaiting3ds; automatic = o.automatic; history = o.history;
        }

        public Order build() {
            return new Order(orderId, merchantId, merchantTradeNo, userId, currency, network, amount, receivedAmount,
                    fee, destination, accountType, hash, callbackUrl, successUrl, failUrl, remark, extInfo,
                    merchantCreateTime, maskedPan, closeReason, sourceCurrency, sourceAmount, exchangeRate, ccStorageId,
                    holdAmount, kind, status, plannedOutcome, version, createTime, awaiting3ds, automatic, history);
        }

        // @formatter:off one line each: these only set a field
        public Builder orderId(String v) { orderId = v; return this; }
        public Builder merchantId(String v) { merchantId = v; return this; }
        public Builder merchantTradeNo(String v) { merchantTradeNo = v; return this; }
        public Builder userId(String v) { userId = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder network(String v) { network = v; return this; }
        public Builder amount(String v) { amount = v; return this; }
        public Builder receivedAmount(String v) { receivedAmount = v; return this; }
        public Builder fee(String v) { fee = v; return this; }
        public Builder destination(String v) { destination = v; return this; }
        public Builder accountType(String v) { accountType = v; return this; }
        public Builder hash(String v) { hash = v; return this; }
        public Builder callbackUrl(String v) { callbackUrl = v; return this; }
        public Builder successUrl(String v) { successUrl = v; return this; }
        public Builder failUrl(String v) { failUrl = v; return this; }
        public Builder remark(String v) { remark = v; return this; }
        public Builder extInfo(String v) { extInfo = v; return this; }
        public Builder merchantCreateTime(String v) { merchantCreateTime = v; return this; }
        public Builder maskedPan(String v) { maskedPan = v; return this; }
        public Builder closeReason(String v) { closeReason = v; return this; }
        public Builder sourceCurrency(String v) { sourceCurrency = v; return this; }
        public Builder sourceAmount(String v) { sourceAmount = v; return this; }
        public Builder exchangeRate(String v) { exchangeRate = v; return this; }
        public Builder ccStorageId(String v) { ccStorageId = v; return this; }
        public Builder holdAmount(String v) { holdAmount = v; return this; }
        public Builder kind(OrderKind v) { kind = v; return this; }
        public Builder status(OrderStatus v) { status = v; return this; }
        public Builder plannedOutcome(OrderStatus v) { plannedOutcome = v; return this; }
        public Builder createTime(long v) { createTime = v; return this; }
        public Builder awaiting3ds(boolean v) { awaiting3ds = v; return this; }
        public Builder automatic(boolean v) { automatic = v; return this; }
        Builder version(long v) { version = v; return this; }
        Builder history(List<StatusChange> v) { history = v; return this; }
        // @formatter:on
    }
}

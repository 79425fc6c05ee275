package com.cpay.platform.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order as the simulated gateway keeps it. Mutable, but only {@link SandboxState} changes it, under its
 * lock; everyone else gets a {@link #copy()}. Amounts are exact decimal text.
 */
public final class Order {
    private String orderId;
    private String merchantId;
    private String merchantTradeNo;
    private String userId;
    private String currency;
    private String network;
    private String amount;
    private String receivedAmount;
    private String fee;
    private String destination;
    private String accountType;
    private String hash;
    private String callbackUrl;
    private String successUrl;
    private String failUrl;
    private String remark;
    private String extInfo;
    private String merchantCreateTime;
    private String maskedPan;
    private String closeReason;
    private String sourceCurrency;
    private String sourceAmount;
    private String exchangeRate;
    private String ccStorageId;
    private String holdAmount;
    private OrderKind kind;
    private OrderStatus status = OrderStatus.PENDING;
    private OrderStatus plannedOutcome = OrderStatus.COMPLETED;
    private long version;
    private long createTime;
    private boolean awaiting3ds;
    private boolean automatic;
    private List<StatusChange> history = new ArrayList<>();

    public Order copy() {
        Order copy = fromMap(toMap());
        return copy;
    }

    public String getOrderId() {
        return orderId;
    }

    public Order orderId(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public String getMerchantId() {
        return merchantId;
    }

    public Order merchantId(String merchantId) {
        this.merchantId = merchantId;
        return this;
    }

    public String getMerchantTradeNo() {
        return merchantTradeNo;
    }

    public Order merchantTradeNo(String merchantTradeNo) {
        this.merchantTradeNo = merchantTradeNo;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public Order userId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getCurrency() {
        return currency;
    }

    public Order currency(String currency) {
        this.currency = currency;
        return this;
    }

    public String getNetwork() {
        return network;
    }

    public Order network(String network) {
        this.network = network;
        return this;
    }

    /** Order amount: deposit or card amount, payout total (withdraw totalAmount, PIX orderAmount), exchange target amount. */
    public String getAmount() {
        return amount;
    }

    public Order amount(String amount) {
        this.amount = amount;
        return this;
    }

    /** What the receiver gets: deposits and cards after the fee, payouts as requested. */
    public String getReceivedAmount() {
        return receivedAmount;
    }

    public Order receivedAmount(String receivedAmount) {
        this.receivedAmount = receivedAmount;
        return this;
    }

    public String getFee() {
        return fee;
    }

    public Order fee(String fee) {
        this.fee = fee;
        return this;
    }

    /** Payout destination: crypto address or PIX key. */
    public String getDestination() {
        return destination;
    }

    public Order destination(String destination) {
        this.destination = destination;
        return this;
    }

    public String getAccountType() {
        return accountType;
    }

    public Order accountType(String accountType) {
        this.accountType = accountType;
        return this;
    }

    public String getHash() {
        return hash;
    }

    public Order hash(String hash) {
        this.hash = hash;
        return this;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public Order callbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    public String getSuccessUrl() {
        return successUrl;
    }

    public Order successUrl(String successUrl) {
        this.successUrl = successUrl;
        return this;
    }

    public String getFailUrl() {
        return failUrl;
    }

    public Order failUrl(String failUrl) {
        this.failUrl = failUrl;
        return this;
    }

    public String getRemark() {
        return remark;
    }

    public Order remark(String remark) {
        this.remark = remark;
        return this;
    }

    public String getExtInfo() {
        return extInfo;
    }

    public Order extInfo(String extInfo) {
        this.extInfo = extInfo;
        return this;
    }

    /** createTime as the merchant sent it. */
    public String getMerchantCreateTime() {
        return merchantCreateTime;
    }

    public Order merchantCreateTime(String merchantCreateTime) {
        this.merchantCreateTime = merchantCreateTime;
        return this;
    }

    /** First 6 and last 4 digits of the card; the card number itself is never kept. */
    public String getMaskedPan() {
        return maskedPan;
    }

    public Order maskedPan(String maskedPan) {
        this.maskedPan = maskedPan;
        return this;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Order closeReason(String closeReason) {
        this.closeReason = closeReason;
        return this;
    }

    public String getSourceCurrency() {
        return sourceCurrency;
    }

    public Order sourceCurrency(String sourceCurrency) {
        this.sourceCurrency = sourceCurrency;
        return this;
    }

    public String getSourceAmount() {
        return sourceAmount;
    }

    public Order sourceAmount(String sourceAmount) {
        this.sourceAmount = sourceAmount;
        return this;
    }

    public String getExchangeRate() {
        return exchangeRate;
    }

    public Order exchangeRate(String exchangeRate) {
        this.exchangeRate = exchangeRate;
        return this;
    }

    public String getCcStorageId() {
        return ccStorageId;
    }

    public Order ccStorageId(String ccStorageId) {
        this.ccStorageId = ccStorageId;
        return this;
    }

    /** Amount of {@link #getCurrency} a payout holds from the balance (frozen while open). */
    public String getHoldAmount() {
        return holdAmount;
    }

    public Order holdAmount(String holdAmount) {
        this.holdAmount = holdAmount;
        return this;
    }

    public OrderKind getKind() {
        return kind;
    }

    public Order kind(OrderKind kind) {
        this.kind = kind;
        return this;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Order status(OrderStatus status) {
        this.status = status;
        return this;
    }

    /** The terminal status the automatic lifecycle will reach (CLOSED for the configured failures). */
    public OrderStatus getPlannedOutcome() {
        return plannedOutcome;
    }

    public Order plannedOutcome(OrderStatus plannedOutcome) {
        this.plannedOutcome = plannedOutcome;
        return this;
    }

    /** Incremented on every change, so that a scheduled step can tell the order moved meanwhile. */
    public long getVersion() {
        return version;
    }

    Order version(long version) {
        this.version = version;
        return this;
    }

    /** Epoch milliseconds when the simulator created the order. */
    public long getCreateTime() {
        return createTime;
    }

    public Order createTime(long createTime) {
        this.createTime = createTime;
        return this;
    }

    /** A pwpp payment waiting for its 3DS form to be posted. */
    public boolean isAwaiting3ds() {
        return awaiting3ds;
    }

    public Order awaiting3ds(boolean awaiting3ds) {
        this.awaiting3ds = awaiting3ds;
        return this;
    }

    /** Whether the automatic lifecycle moves this order on (false once the control API put it somewhere). */
    public boolean isAutomatic() {
        return automatic;
    }

    public Order automatic(boolean automatic) {
        this.automatic = automatic;
        return this;
    }

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }

    void addHistory(StatusChange change) {
        history.add(change);
    }

    /** Plain map form, for the state file. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "orderId", orderId);
        put(map, "merchantId", merchantId);
        put(map, "merchantTradeNo", merchantTradeNo);
        put(map, "userId", userId);
        put(map, "currency", currency);
        put(map, "network", network);
        put(map, "amount", amount);
        put(map, "receivedAmount", receivedAmount);
        put(map, "fee", fee);
        put(map, "destination", destination);
        put(map, "accountType", accountType);
        put(map, "hash", hash);
        put(map, "callbackUrl", callbackUrl);
        put(map, "successUrl", successUrl);
        put(map, "failUrl", failUrl);
        put(map, "remark", remark);
        put(map, "extInfo", extInfo);
        put(map, "merchantCreateTime", merchantCreateTime);
        put(map, "maskedPan", maskedPan);
        put(map, "closeReason", closeReason);
        put(map, "sourceCurrency", sourceCurrency);
        put(map, "sourceAmount", sourceAmount);
        put(map, "exchangeRate", exchangeRate);
        put(map, "ccStorageId", ccStorageId);
        put(map, "holdAmount", holdAmount);
        map.put("kind", kind == null ? null : kind.name());
        map.put("status", status.name());
        map.put("plannedOutcome", plannedOutcome.name());
        map.put("version", version);
        map.put("createTime", createTime);
        map.put("awaiting3ds", awaiting3ds);
        map.put("automatic", automatic);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StatusChange change : history) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("status", change.status().name());
            step.put("at", change.at());
            step.put("reason", change.reason());
            steps.add(step);
        }
        map.put("history", steps);
        return map;
    }

    @SuppressWarnings("unchecked")
    public static Order fromMap(Map<String, Object> map) {
        Order order = new Order();
        order.orderId = text(map.get("orderId"));
        order.merchantId = text(map.get("merchantId"));
        order.merchantTradeNo = text(map.get("merchantTradeNo"));
        order.userId = text(map.get("userId"));
        order.currency = text(map.get("currency"));
        order.network = text(map.get("network"));
        order.amount = text(map.get("amount"));
        order.receivedAmount = text(map.get("receivedAmount"));
        order.fee = text(map.get("fee"));
        order.destination = text(map.get("destination"));
        order.accountType = text(map.get("accountType"));
        order.hash = text(map.get("hash"));
        order.callbackUrl = text(map.get("callbackUrl"));
        order.successUrl = text(map.get("successUrl"));
        order.failUrl = text(map.get("failUrl"));
        order.remark = text(map.get("remark"));
        order.extInfo = text(map.get("extInfo"));
        order.merchantCreateTime = text(map.get("merchantCreateTime"));
        order.maskedPan = text(map.get("maskedPan"));
        order.closeReason = text(map.get("closeReason"));
        order.sourceCurrency = text(map.get("sourceCurrency"));
        order.sourceAmount = text(map.get("sourceAmount"));
        order.exchangeRate = text(map.get("exchangeRate"));
        order.ccStorageId = text(map.get("ccStorageId"));
        order.holdAmount = text(map.get("holdAmount"));
        order.kind = map.get("kind") == null ? null : OrderKind.valueOf(text(map.get("kind")));
        order.status = OrderStatus.valueOf(text(map.get("status")));
        order.plannedOutcome = OrderStatus.valueOf(text(map.get("plannedOutcome")));
        order.version = number(map.get("version"));
        order.createTime = number(map.get("createTime"));
        order.awaiting3ds = Boolean.parseBoolean(String.valueOf(map.get("awaiting3ds")));
        order.automatic = Boolean.parseBoolean(String.valueOf(map.get("automatic")));
        Object steps = map.get("history");
        if (steps instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> step = (Map<String, Object>) item;
                order.history.add(new StatusChange(OrderStatus.valueOf(text(step.get("status"))),
                        number(step.get("at")), text(step.get("reason"))));
            }
        }
        return order;
    }

    private static void put(Map<String, Object> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : Long.parseLong(value.toString());
    }

    @Override
    public String toString() {
        return "Order[" + orderId + " " + kind + " " + status + "]";
    }
}

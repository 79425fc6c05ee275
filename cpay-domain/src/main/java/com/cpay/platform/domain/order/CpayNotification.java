package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A C-Pay webhook (section 15) after an adapter has verified its signature: what C-Pay says happened to
 * an order. Amounts stay text here because the webhook may not name their asset (card payments carry no
 * {@code cryptoCurrency}); {@link #toStatusEvent(Asset, Instant)} reads them in the order's asset.
 *
 * @param merchantId     our merchant id at C-Pay
 * @param merchantTradeNo our order number; absent for no-order deposits
 * @param merchantUserId the merchant's end user
 * @param orderId        C-Pay's order id
 * @param orderStatus    the status, kept raw
 * @param hash           the on-chain transaction, for crypto orders
 * @param actualAmount   what C-Pay received, as text
 * @param receivedAmount what the merchant account received, as text
 * @param fee            C-Pay's fee, as text
 * @param cryptoCurrency the coin's code, as text
 * @param network        the chain
 * @param remark         C-Pay's remark
 * @param extInfo        C-Pay's extension field (JSON text), kept raw
 * @param createTime     C-Pay's creation time of the order (docs/decisions.md, decision 22)
 * @param extraFields    fields the document does not name, kept (docs/decisions.md, decision 13); never the signature
 */
public record CpayNotification(
        MerchantId merchantId,
        Optional<MerchantTradeNo> merchantTradeNo,
        Optional<UserId> merchantUserId,
        Optional<CpayOrderId> orderId,
        StatusCode orderStatus,
        Optional<TransactionHash> hash,
        Optional<String> actualAmount,
        Optional<String> receivedAmount,
        Optional<String> fee,
        Optional<String> cryptoCurrency,
        Optional<Network> network,
        Optional<String> remark,
        Optional<String> extInfo,
        Instant createTime,
        Map<String, String> extraFields) {

    public CpayNotification {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        Objects.requireNonNull(merchantUserId, "merchantUserId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderStatus, "orderStatus");
        Objects.requireNonNull(hash, "hash");
        actualAmount = nonBlank(actualAmount);
        receivedAmount = nonBlank(receivedAmount);
        fee = nonBlank(fee);
        cryptoCurrency = nonBlank(cryptoCurrency);
        Objects.requireNonNull(network, "network");
        remark = nonBlank(remark);
        extInfo = nonBlank(extInfo);
        Objects.requireNonNull(createTime, "createTime");
        extraFields = Map.copyOf(extraFields);
        if (extraFields.containsKey(NotificationFields.SIGN)) {
            throw new IllegalArgumentException("the signature is checked by the adapter and not kept");
        }
    }

    /**
     * Reads the webhook's fields by their wire names; unknown ones go to {@link #extraFields()}, the
     * signature is dropped. Every problem is reported at once.
     *
     * @throws com.cpay.platform.domain.shared.ValidationException when merchantId or createTime is missing
     *         or malformed, or an id is too long
     */
    public static CpayNotification read(Map<String, String> fields) {
        return NotificationFields.read(fields);
    }

    /**
     * Whether the document (s.15) names this field for an identifier, a code, an amount or a time, whose value
     * can be no free text: not {@code remark}, {@code extInfo}, {@code sign} or a field the document does not name.
     */
    public static boolean isIdentifyingField(String name) {
        return NotificationFields.IDENTIFYING.contains(name);
    }

    /**
     * The values of the fields {@link #isIdentifyingField} names, as written on the wire ({@code createTime} as
     * epoch milliseconds): identifiers, codes, amounts and times, which card-data masking must leave as they are.
     */
    public List<String> identifyingValues() {
        List<String> values = new ArrayList<>();
        values.add(merchantId.value());
        merchantTradeNo.ifPresent(v -> values.add(v.value()));
        merchantUserId.ifPresent(v -> values.add(v.value()));
        orderId.ifPresent(v -> values.add(v.value()));
        values.add(orderStatus.raw());
        hash.ifPresent(v -> values.add(v.value()));
        actualAmount.ifPresent(values::add);
        receivedAmount.ifPresent(values::add);
        fee.ifPresent(values::add);
        cryptoCurrency.ifPresent(values::add);
        network.ifPresent(v -> values.add(v.wireName()));
        values.add(Long.toString(createTime.toEpochMilli()));
        return List.copyOf(values);
    }

    /**
     * This webhook as a status report on an order whose amounts are counted in {@code asset}.
     *
     * @param asset      the asset of the amounts (the order's {@link OrderDetails#reportingAsset()})
     * @param receivedAt when the webhook reached us
     * @throws com.cpay.platform.domain.shared.ValidationException when an amount is not an amount of the asset
     */
    public StatusEvent toStatusEvent(Asset asset, Instant receivedAt) {
        Objects.requireNonNull(asset, "asset");
        ReportedAmounts amounts = ReportedAmounts.none()
                .with(AmountKind.ACTUAL_AMOUNT, amount("actualAmount", actualAmount, asset))
                .with(AmountKind.RECEIVED_AMOUNT, amount("receivedAmount", receivedAmount, asset))
                .with(AmountKind.FEE, amount("fee", fee, asset));
        return new StatusEvent(orderStatus, amounts, orderId, hash, EventSource.WEBHOOK, receivedAt);
    }

    private static Money amount(String field, Optional<String> text, Asset asset) {
        return ReportedAmountText.parse(field, text.orElse(null), asset).orElse(null);
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return Objects.requireNonNull(text, "text").filter(value -> !value.isBlank());
    }
}

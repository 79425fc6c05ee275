package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.ValidationException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys a stored notification can be matched to an order by, or asked about at C-Pay (getOrderDetail, s.9):
 * those it carried and that are valid identifiers. Kept with an inbox entry that waits for review or a lookup.
 *
 * @param merchantTradeNo our order number, as the notification named it
 * @param orderId         C-Pay's order id
 * @param hash            the on-chain transaction
 */
public record NotificationKeys(Optional<MerchantTradeNo> merchantTradeNo, Optional<CpayOrderId> orderId,
                               Optional<TransactionHash> hash) {

    public NotificationKeys {
        merchantTradeNo = Objects.requireNonNullElse(merchantTradeNo, Optional.empty());
        orderId = Objects.requireNonNullElse(orderId, Optional.empty());
        hash = Objects.requireNonNullElse(hash, Optional.empty());
    }

    /** No key at all. */
    public static NotificationKeys none() {
        return new NotificationKeys(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The keys of a notification that could be read. */
    public static NotificationKeys of(CpayNotification notification) {
        return new NotificationKeys(notification.merchantTradeNo(), notification.orderId(), notification.hash());
    }

    /**
     * The keys of a notification that could not be read as a whole, each read on its own from its wire field
     * ({@code merchantTradeNo}, {@code orderId}, {@code hash}); a blank or invalid one is left out.
     */
    public static NotificationKeys readLeniently(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields");
        return new NotificationKeys(lenient(fields.get("merchantTradeNo"), MerchantTradeNo::new),
                lenient(fields.get("orderId"), CpayOrderId::new), lenient(fields.get("hash"), TransactionHash::new));
    }

    /** Whether there is no key to match or ask by. */
    public boolean isEmpty() {
        return merchantTradeNo.isEmpty() && orderId.isEmpty() && hash.isEmpty();
    }

    /**
     * What to ask C-Pay by: C-Pay's order id, else the hash, else the merchantTradeNo; empty when there is no
     * key.
     */
    public Optional<OrderLookup> cpayLookup() {
        return orderId.map(OrderLookup::of).or(() -> hash.map(OrderLookup::of))
                .or(() -> merchantTradeNo.map(OrderLookup::of));
    }

    private static <T> Optional<T> lenient(String text, Function<String, T> reader) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}

package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The webhook's wire field names and how each is read into a {@link CpayNotification}. */
final class NotificationFields {

    static final String SIGN = "sign";
    /** The documented fields whose values are identifiers, codes, amounts or times: never free text. */
    static final Set<String> IDENTIFYING = Set.of("merchantId", "merchantTradeNo", "merchantUserId", "orderId",
            "orderStatus", "hash", "actualAmount", "receivedAmount", "fee", "cryptoCurrency", "network", "createTime");
    private static final Set<String> KNOWN = union(IDENTIFYING, Set.of("remark", "extInfo", SIGN));

    private NotificationFields() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static CpayNotification read(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields");
        Violations violations = new Violations();
        var merchantId = violations.check(() -> new MerchantId(fields.get("merchantId")));
        var tradeNo = optional(violations, fields, "merchantTradeNo", MerchantTradeNo::new);
        var userId = optional(violations, fields, "merchantUserId", text -> UserId.of("merchantUserId", text));
        var orderId = optional(violations, fields, "orderId", text -> CpayOrderId.of("orderId", text));
        var hash = optional(violations, fields, "hash", TransactionHash::new);
        var network = optional(violations, fields, "network", Network::of);
        var createTime = violations.check(() -> CpayTimestamp.parse("createTime", fields.get("createTime")));
        violations.throwIfAny();
        Map<String, String> extra = new HashMap<>();
        fields.forEach((name, value) -> {
            if (!KNOWN.contains(name) && value != null) {
                extra.put(name, value);
            }
        });
        return new CpayNotification(merchantId.orElseThrow(), tradeNo.orElseThrow(), userId.orElseThrow(),
                orderId.orElseThrow(), StatusCode.of(fields.get("orderStatus")), hash.orElseThrow(),
                text(fields, "actualAmount"), text(fields, "receivedAmount"), text(fields, "fee"),
                text(fields, "cryptoCurrency"), network.orElseThrow(), text(fields, "remark"),
                text(fields, "extInfo"), createTime.orElseThrow(), Map.copyOf(extra));
    }

    // Optional fields: blank means absent; a present value must still be valid.
    private static <T> Optional<Optional<T>> optional(Violations violations, Map<String, String> fields, String name,
                                                      Function<String, T> reader) {
        Optional<String> text = text(fields, name);
        if (text.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return violations.check(() -> Optional.of(reader.apply(text.get())));
    }

    private static Optional<String> text(Map<String, String> fields, String name) {
        return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
    }
}

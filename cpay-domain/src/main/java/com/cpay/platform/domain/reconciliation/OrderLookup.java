package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Objects;

/** Which key getOrderDetail (s.9) is asked by: exactly one of merchantTradeNo, cpayOrderId or hash. */
public sealed interface OrderLookup {

    /** By our order number. */
    static OrderLookup of(MerchantTradeNo merchantTradeNo) {
        return new ByMerchantTradeNo(merchantTradeNo);
    }

    /** By C-Pay's order id. */
    static OrderLookup of(CpayOrderId cpayOrderId) {
        return new ByCpayOrderId(cpayOrderId);
    }

    /** By on-chain transaction hash (no-order deposits, docs/decisions.md, decision 15). */
    static OrderLookup of(TransactionHash hash) {
        return new ByHash(hash);
    }

    /** @param merchantTradeNo the key */
    record ByMerchantTradeNo(MerchantTradeNo merchantTradeNo) implements OrderLookup {
        public ByMerchantTradeNo {
            Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
        }
    }

    /** @param cpayOrderId the key */
    record ByCpayOrderId(CpayOrderId cpayOrderId) implements OrderLookup {
        public ByCpayOrderId {
            Objects.requireNonNull(cpayOrderId, "cpayOrderId");
        }
    }

    /** @param hash the key */
    record ByHash(TransactionHash hash) implements OrderLookup {
        public ByHash {
            Objects.requireNonNull(hash, "hash");
        }
    }
}

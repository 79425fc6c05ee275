package com.cpay.platform.sandbox.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * One line of the journal: what a change left behind, whole (the order as it now is, all balances of the merchant,
 * the new addresses...), so that replaying lines in order is "last one wins" per order, merchant, address, KYC user
 * or card, and replaying a line twice does no harm. {@code reset} first forgets everything.
 *
 * <p>The state file (a snapshot) is the same document with {@code format} set: the change from an empty state.
 * Files of the earlier implementation, rewritten whole after every change, have this shape without
 * {@code format} and load as they are.
 *
 * @param balances  merchant id to asset to balance
 * @param kycUsers  merchant id to user id to the user's KYC JSON text
 * @param storedCards card storage id to masked PAN
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Change(@Nullable Integer format, @Nullable Boolean reset, @Nullable List<Order> orders,
              @Nullable Map<String, Map<String, StoredBalance>> balances, @Nullable List<WalletAddress> wallets,
              @Nullable Map<String, Map<String, String>> kycUsers, @Nullable Map<String, String> storedCards) {

    /** The format of state files written by the journaled store; files without one are of the earlier store. */
    static final int SNAPSHOT_FORMAT = 2;

    static Change order(Order order) {
        return new Change(null, null, List.of(order), null, null, null, null);
    }

    static Change order(Order order, String merchantId, Map<String, StoredBalance> accounts) {
        return new Change(null, null, List.of(order), Map.of(merchantId, accounts), null, null, null);
    }

    static Change balances(String merchantId, Map<String, StoredBalance> accounts) {
        return new Change(null, null, null, Map.of(merchantId, accounts), null, null, null);
    }

    static Change wallets(List<WalletAddress> addresses) {
        return new Change(null, null, null, null, List.copyOf(addresses), null, null);
    }

    static Change kyc(String merchantId, Map<String, String> users) {
        return new Change(null, null, null, null, null, Map.of(merchantId, users), null);
    }

    static Change card(String ccStorageId, String maskedPan) {
        return new Change(null, null, null, null, null, null, Map.of(ccStorageId, maskedPan));
    }

    static Change forgetEverything() {
        return new Change(null, true, null, null, null, null, null);
    }

    static Change snapshot(List<Order> orders, Map<String, Map<String, StoredBalance>> balances,
                           List<WalletAddress> wallets, Map<String, Map<String, String>> kycUsers,
                           Map<String, String> storedCards) {
        return new Change(SNAPSHOT_FORMAT, null, orders, balances, wallets, kycUsers, storedCards);
    }
}

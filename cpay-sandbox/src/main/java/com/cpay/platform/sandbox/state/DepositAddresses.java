package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.rules.Networks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Users' deposit addresses, handed out by getWalletAddress (derived by {@link Wallets}, so stable), and who owns an
 * address (no-order deposits name one). A concurrent map; an address is recorded once, when first handed out.
 */
public final class DepositAddresses {

    private final ConcurrentMap<String, WalletAddress> byUser = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, WalletAddress> byAddress = new ConcurrentHashMap<>();
    private final Epoch epoch;
    private final StateStore store;

    DepositAddresses(Collection<WalletAddress> restored, Epoch epoch, StateStore store) {
        this.epoch = epoch;
        this.store = store;
        restored.forEach(this::index);
    }

    /** The user's addresses on every network, created on first use and stable afterwards. */
    public List<WalletAddress> wallet(String merchantId, String userId) {
        return epoch.change(() -> {
            List<WalletAddress> list = new ArrayList<>();
            List<WalletAddress> created = new ArrayList<>();
            for (String network : Networks.ALL) {
                list.add(byUser.computeIfAbsent(merchantId + "|" + userId + "|" + network, key -> {
                    WalletAddress address = new WalletAddress(merchantId, userId, network, Wallets.address(merchantId, userId, network));
                    byAddress.put(address.address().toLowerCase(Locale.ROOT), address);
                    created.add(address);
                    return address;
                }));
            }
            if (!created.isEmpty()) {
                // addresses never change once derived: one line for the user's new ones, after they are in place
                store.record(Change.wallets(created));
            }
            return list;
        });
    }

    public Optional<WalletAddress> ownerOf(String address) {
        return Optional.ofNullable(byAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    List<WalletAddress> all() {
        return List.copyOf(byUser.values());
    }

    void clear() {
        byUser.clear();
        byAddress.clear();
    }

    static String key(WalletAddress address) {
        return address.merchantId() + "|" + address.userId() + "|" + address.network();
    }

    private void index(WalletAddress address) {
        byUser.put(key(address), address);
        byAddress.put(address.address().toLowerCase(Locale.ROOT), address);
    }
}

package com.cpay.platform.sandbox.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Users accepted by submitKYC, per merchant (user id to the KYC JSON text); each merchant's users under their own lock. */
public final class KycRegistry {

    private final ConcurrentMap<String, Map<String, String>> byMerchant = new ConcurrentHashMap<>();
    private final Epoch epoch;
    private final StateStore store;

    KycRegistry(Map<String, Map<String, String>> restored, Epoch epoch, StateStore store) {
        this.epoch = epoch;
        this.store = store;
        restored.forEach((merchant, users) -> byMerchant.put(merchant, new LinkedHashMap<>(users)));
    }

    /** Records accepted KYC users; returns how many were recorded. */
    public int accept(String merchantId, Map<String, String> users) {
        return epoch.change(() -> {
            Map<String, String> known = byMerchant.computeIfAbsent(merchantId, m -> new LinkedHashMap<>());
            synchronized (known) {
                known.putAll(users);
                store.record(Change.kyc(merchantId, new LinkedHashMap<>(users)));
            }
            return users.size();
        });
    }

    Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new TreeMap<>();
        byMerchant.forEach((merchant, users) -> {
            synchronized (users) {
                all.put(merchant, new LinkedHashMap<>(users));
            }
        });
        return all;
    }

    void clear() {
        byMerchant.clear();
    }
}

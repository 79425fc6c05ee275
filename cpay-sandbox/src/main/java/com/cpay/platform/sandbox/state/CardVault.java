package com.cpay.platform.sandbox.state;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Cards stored by pwpp (storeCard=1): storage id to masked PAN; card numbers are never kept. A concurrent map. */
public final class CardVault {

    private final ConcurrentMap<String, String> byStorageId = new ConcurrentHashMap<>();
    private final Epoch epoch;
    private final StateStore store;

    CardVault(Map<String, String> restored, Epoch epoch, StateStore store) {
        this.epoch = epoch;
        this.store = store;
        byStorageId.putAll(restored);
    }

    /** Stores the card; returns its new ccStorageID. */
    public String store(String maskedPan) {
        return epoch.change(() -> {
            String id = Ids.cardStorageId();
            byStorageId.put(id, maskedPan);
            store.record(Change.card(id, maskedPan));
            return id;
        });
    }

    public Optional<String> find(String ccStorageId) {
        return Optional.ofNullable(byStorageId.get(ccStorageId));
    }

    Map<String, String> all() {
        return new TreeMap<>(byStorageId);
    }

    void clear() {
        byStorageId.clear();
    }
}

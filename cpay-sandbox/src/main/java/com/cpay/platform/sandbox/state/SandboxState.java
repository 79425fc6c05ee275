package com.cpay.platform.sandbox.state;

import com.cpay.platform.sandbox.config.NamedValues;
import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Networks;
import com.cpay.platform.sandbox.rules.Rejection;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Everything the simulated gateway remembers: orders (by C-Pay order id, by merchant + merchantTradeNo, by
 * transaction hash), balances per merchant and asset, users' deposit addresses, accepted KYC users and
 * stored cards (masked PAN only). One lock guards it all; callers get copies. Saved to the state file after
 * every change when one is configured.
 */
@Singleton
public class SandboxState {

    private final Object lock = new Object();
    private final Map<String, BigDecimal> initialBalances = new LinkedHashMap<>();
    private final StateFile file;

    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final Map<String, String> byTradeNo = new HashMap<>();
    private final Map<String, String> byHash = new HashMap<>();
    private final Map<String, Map<String, Balance>> balances = new HashMap<>();
    private final Map<String, WalletAddress> wallets = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> kycUsers = new HashMap<>();
    private final Map<String, String> storedCards = new HashMap<>();

    public SandboxState(SandboxConfig config, StateFile file) {
        NamedValues.parse("cpay.sandbox.initial-balances", config.getInitialBalances())
                .forEach((asset, amount) -> initialBalances.put(asset, new BigDecimal(amount)));
        this.file = file;
        file.load().ifPresent(this::restore);
    }

    // ------------------------------------------------------------------ orders

    /**
     * Records a new order in its initial status, applying its balance footprint.
     * @throws Rejection on a duplicate merchantTradeNo or an insufficient balance
     */
    public Order create(Order order, String reason) {
        synchronized (lock) {
            if (order.getMerchantTradeNo() != null && byTradeNo.containsKey(tradeKey(order.getMerchantId(), order.getMerchantTradeNo()))) {
                throw new Rejection("merchantTradeNo " + order.getMerchantTradeNo() + " already exists");
            }
            if (order.getHash() != null && byHash.containsKey(hashKey(order.getMerchantId(), order.getHash()))) {
                throw new Rejection("hash " + order.getHash() + " already exists");
            }
            Map<String, Footprint.Delta> footprint = Footprint.of(order, order.getStatus());
            requireFunds(order.getMerchantId(), footprint);
            apply(order.getMerchantId(), footprint);
            order.version(1).addHistory(new StatusChange(order.getStatus(), System.currentTimeMillis(), reason));
            orders.put(order.getOrderId(), order);
            index(order);
            save();
            return order.copy();
        }
    }

    public Optional<Order> find(String orderId) {
        synchronized (lock) {
            return Optional.ofNullable(orders.get(orderId)).map(Order::copy);
        }
    }

    public Optional<Order> findByTradeNo(String merchantId, String merchantTradeNo) {
        synchronized (lock) {
            return Optional.ofNullable(byTradeNo.get(tradeKey(merchantId, merchantTradeNo))).flatMap(this::find);
        }
    }

    public Optional<Order> findByHash(String merchantId, String hash) {
        synchronized (lock) {
            return Optional.ofNullable(byHash.get(hashKey(merchantId, hash))).flatMap(this::find);
        }
    }

    public List<Order> orders() {
        synchronized (lock) {
            return orders.values().stream().map(Order::copy).toList();
        }
    }

    /**
     * Moves an order to a status (any status: the control API may also move backwards), applying the change
     * of balance footprint, after letting {@code edit} adjust it (e.g. set the hash).
     * @param expectedVersion when not null, nothing happens unless the order is still at this version
     * @return the transition, or empty when the order is unknown, already in that status, or moved meanwhile
     */
    public Optional<Transition> transition(String orderId, Long expectedVersion, OrderStatus to, String reason,
                                           Consumer<Order> edit) {
        synchronized (lock) {
            Order order = orders.get(orderId);
            if (order == null || order.getStatus() == to
                    || (expectedVersion != null && order.getVersion() != expectedVersion)) {
                return Optional.empty();
            }
            Order before = order.copy();
            edit.accept(order);
            Map<String, Footprint.Delta> change = new HashMap<>();
            Footprint.of(before, before.getStatus()).forEach((asset, d) -> change.put(asset,
                    new Footprint.Delta(d.available().negate(), d.freeze().negate())));
            Footprint.of(order, to).forEach((asset, d) -> change.merge(asset, d, (a, b) ->
                    new Footprint.Delta(a.available().add(b.available()), a.freeze().add(b.freeze()))));
            apply(order.getMerchantId(), change);
            order.status(to).awaiting3ds(false).version(order.getVersion() + 1)
                    .addHistory(new StatusChange(to, System.currentTimeMillis(), reason));
            index(order);
            save();
            return Optional.of(new Transition(before, order.copy()));
        }
    }

    /** Changes fields of an order that do not touch balances (hash, 3DS flag...). */
    public Optional<Order> update(String orderId, Consumer<Order> edit) {
        synchronized (lock) {
            Order order = orders.get(orderId);
            if (order == null) {
                return Optional.empty();
            }
            edit.accept(order);
            order.version(order.getVersion() + 1);
            index(order);
            save();
            return Optional.of(order.copy());
        }
    }

    // ------------------------------------------------------------------ balances

    /** Balances of a merchant by asset, starting from the configured initial balances. */
    public List<Balance> balances(String merchantId) {
        synchronized (lock) {
            return List.copyOf(accounts(merchantId).values());
        }
    }

    public Balance setBalance(String merchantId, String asset, BigDecimal available, BigDecimal freeze) {
        synchronized (lock) {
            Balance balance = new Balance(asset, available, freeze);
            accounts(merchantId).put(asset, balance);
            save();
            return balance;
        }
    }

    // ------------------------------------------------------------------ wallets, KYC, cards

    /** The user's addresses on every network, created on first use and stable afterwards. */
    public List<WalletAddress> wallet(String merchantId, String userId) {
        synchronized (lock) {
            List<WalletAddress> list = new ArrayList<>();
            int known = wallets.size();
            for (String network : Networks.ALL) {
                list.add(wallets.computeIfAbsent(merchantId + "|" + userId + "|" + network,
                        key -> new WalletAddress(merchantId, userId, network, Wallets.address(merchantId, userId, network))));
            }
            if (wallets.size() != known) {
                save();
            }
            return list;
        }
    }

    public Optional<WalletAddress> ownerOf(String address) {
        synchronized (lock) {
            return wallets.values().stream().filter(w -> w.address().equalsIgnoreCase(address)).findFirst();
        }
    }

    /** Records accepted KYC users (user id to the KYC JSON text); returns how many were recorded. */
    public int acceptKyc(String merchantId, Map<String, String> users) {
        synchronized (lock) {
            kycUsers.computeIfAbsent(merchantId, m -> new LinkedHashMap<>()).putAll(users);
            save();
            return users.size();
        }
    }

    public int kycCount(String merchantId) {
        synchronized (lock) {
            return kycUsers.getOrDefault(merchantId, Map.of()).size();
        }
    }

    public String storeCard(String maskedPan) {
        synchronized (lock) {
            String id = Ids.cardStorageId();
            storedCards.put(id, maskedPan);
            save();
            return id;
        }
    }

    public Optional<String> storedCard(String ccStorageId) {
        synchronized (lock) {
            return Optional.ofNullable(storedCards.get(ccStorageId));
        }
    }

    /** Forgets everything: orders, balances (back to the initial ones), addresses, KYC users, cards. */
    public void reset() {
        synchronized (lock) {
            orders.clear();
            byTradeNo.clear();
            byHash.clear();
            balances.clear();
            wallets.clear();
            kycUsers.clear();
            storedCards.clear();
            save();
        }
    }

    // ------------------------------------------------------------------ internals

    private Map<String, Balance> accounts(String merchantId) {
        return balances.computeIfAbsent(merchantId, m -> {
            Map<String, Balance> map = new TreeMap<>();
            initialBalances.forEach((asset, amount) -> map.put(asset, new Balance(asset, amount, BigDecimal.ZERO)));
            return map;
        });
    }

    private void requireFunds(String merchantId, Map<String, Footprint.Delta> footprint) {
        footprint.forEach((asset, delta) -> {
            if (delta.available().signum() < 0) {
                BigDecimal available = accounts(merchantId).getOrDefault(asset, Balance.zero(asset)).available();
                if (available.add(delta.available()).signum() < 0) {
                    throw new Rejection("insufficient " + asset + " balance: available " + Amounts.text(available)
                            + ", needed " + Amounts.text(delta.available().negate()));
                }
            }
        });
    }

    private void apply(String merchantId, Map<String, Footprint.Delta> deltas) {
        Map<String, Balance> accounts = accounts(merchantId);
        deltas.forEach((asset, d) -> accounts.merge(asset, Balance.zero(asset).plus(d.available(), d.freeze()),
                (old, add) -> old.plus(add.available(), add.freeze())));
    }

    private void index(Order order) {
        if (order.getMerchantTradeNo() != null) {
            byTradeNo.put(tradeKey(order.getMerchantId(), order.getMerchantTradeNo()), order.getOrderId());
        }
        if (order.getHash() != null) {
            byHash.put(hashKey(order.getMerchantId(), order.getHash()), order.getOrderId());
        }
    }

    private static String tradeKey(String merchantId, String merchantTradeNo) {
        return merchantId + "\u0000" + merchantTradeNo;
    }

    private static String hashKey(String merchantId, String hash) {
        return merchantId + "\u0000" + hash.toLowerCase(java.util.Locale.ROOT);
    }

    private void save() {
        if (file.enabled()) {
            file.save(snapshot());
        }
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("orders", orders.values().stream().map(Order::toMap).toList());
        Map<String, Object> money = new LinkedHashMap<>();
        balances.forEach((merchant, accounts) -> {
            Map<String, Object> perAsset = new LinkedHashMap<>();
            accounts.forEach((asset, b) -> perAsset.put(asset, Map.of("available", b.available().toPlainString(),
                    "freeze", b.freeze().toPlainString())));
            money.put(merchant, perAsset);
        });
        root.put("balances", money);
        root.put("wallets", wallets.values().stream().map(w -> Map.of("merchantId", w.merchantId(), "userId", w.userId(),
                "network", w.network(), "address", w.address())).toList());
        root.put("kycUsers", kycUsers);
        root.put("storedCards", storedCards);
        return root;
    }

    @SuppressWarnings("unchecked")
    private void restore(Map<String, Object> root) {
        for (Object item : (List<Object>) root.getOrDefault("orders", List.of())) {
            Order order = Order.fromMap((Map<String, Object>) item);
            orders.put(order.getOrderId(), order);
            index(order);
        }
        ((Map<String, Object>) root.getOrDefault("balances", Map.of())).forEach((merchant, perAsset) -> {
            Map<String, Balance> accounts = new TreeMap<>();
            ((Map<String, Object>) perAsset).forEach((asset, value) -> {
                Map<String, Object> b = (Map<String, Object>) value;
                accounts.put(asset, new Balance(asset, new BigDecimal(b.get("available").toString()),
                        new BigDecimal(b.get("freeze").toString())));
            });
            balances.put(merchant, accounts);
        });
        for (Object item : (List<Object>) root.getOrDefault("wallets", List.of())) {
            Map<String, Object> w = (Map<String, Object>) item;
            WalletAddress address = new WalletAddress(w.get("merchantId").toString(), w.get("userId").toString(),
                    w.get("network").toString(), w.get("address").toString());
            wallets.put(address.merchantId() + "|" + address.userId() + "|" + address.network(), address);
        }
        ((Map<String, Object>) root.getOrDefault("kycUsers", Map.of())).forEach((merchant, users) -> {
            Map<String, String> map = new LinkedHashMap<>();
            ((Map<String, Object>) users).forEach((user, json) -> map.put(user, String.valueOf(json)));
            kycUsers.put(merchant, map);
        });
        ((Map<String, Object>) root.getOrDefault("storedCards", Map.of())).forEach((id, pan) -> storedCards.put(id, pan.toString()));
    }
}

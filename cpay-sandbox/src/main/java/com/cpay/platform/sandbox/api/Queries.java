package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.generated.model.CreditCardExchangeRateQuote;
import com.cpay.platform.sandbox.generated.model.ExchangeRateQuote;
import com.cpay.platform.sandbox.generated.model.KycSubmissionResult;
import com.cpay.platform.sandbox.generated.model.MerchantBalance;
import com.cpay.platform.sandbox.generated.model.OrderDetail;
import com.cpay.platform.sandbox.generated.model.WalletAddress;
import com.cpay.platform.sandbox.pricing.RateTable;
import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Assets;
import com.cpay.platform.sandbox.rules.Networks;
import com.cpay.platform.sandbox.rules.Rejection;
import com.cpay.platform.sandbox.state.Balances;
import com.cpay.platform.sandbox.state.DepositAddresses;
import com.cpay.platform.sandbox.state.KycRegistry;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.wire.LenientText;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read operations (addresses, balances, quotes, order detail) and the KYC batch. */
@Singleton
final class Queries {

    static final int KYC_LIMIT = 1000;

    private final OrderBook orders;
    private final Balances balances;
    private final DepositAddresses addresses;
    private final KycRegistry kyc;
    private final RateTable rates;
    private final JsonMapper json;

    Queries(OrderBook orders, Balances balances, DepositAddresses addresses, KycRegistry kyc, RateTable rates,
            JsonMapper json) {
        this.orders = orders;
        this.balances = balances;
        this.addresses = addresses;
        this.kyc = kyc;
        this.rates = rates;
        this.json = json;
    }

    /** One entry per asset and network, as in the document's example; addresses are stable per user. */
    List<WalletAddress> walletAddresses(String merchantId, String userId) {
        Checks.notBlank("userId", userId);
        List<WalletAddress> list = new ArrayList<>();
        for (com.cpay.platform.sandbox.state.WalletAddress wallet : addresses.wallet(merchantId, userId)) {
            for (String asset : Networks.assetsOf(wallet.network())) {
                list.add(new WalletAddress().address(wallet.address()).currency(asset).network(wallet.network()));
            }
        }
        return list;
    }

    List<MerchantBalance> balances(String merchantId) {
        return balances.balances(merchantId).stream().map(b -> new MerchantBalance().cryptoCurrency(b.asset())
                .availableBalance(Amounts.text(b.available())).freezeBalance(Amounts.text(b.freeze()))).toList();
    }

    ExchangeRateQuote exchangeRate(String source, String target, String purchaseType, String amount) {
        quotedAmount(source, target, purchaseType, amount);
        return new ExchangeRateQuote().exchangeRate(LenientText.text(rates.rate(source, target)));
    }

    /** purchaseType 0: amount of source spent, amountExchanged = target got; 1: the reverse. */
    CreditCardExchangeRateQuote creditCardRate(String source, String target, String purchaseType, String amount) {
        BigDecimal value = quotedAmount(source, target, purchaseType, amount);
        BigDecimal exchanged = "0".equals(purchaseType) ? rates.targetFor(source, target, value) : rates.sourceFor(source, target, value);
        return new CreditCardExchangeRateQuote().exchangeRate(LenientText.text(rates.rate(source, target)))
                .amountExchanged(Amounts.text(exchanged));
    }

    private BigDecimal quotedAmount(String source, String target, String purchaseType, String amount) {
        Assets.requireKnown("sourceCurrency", source);
        Assets.requireKnown("targetCurrency", target);
        String asset = "0".equals(purchaseType) ? source : target;
        return Amounts.positive("amount", amount, Assets.scale(asset));
    }

    /** By cpayOrderId, else merchantTradeNo, else hash; only the merchant's own orders. */
    OrderDetail orderDetail(String merchantId, String merchantTradeNo, String cpayOrderId, String hash) {
        Optional<Order> order;
        if (present(cpayOrderId)) {
            order = orders.find(cpayOrderId).filter(o -> o.merchantId().equals(merchantId));
        } else if (present(merchantTradeNo)) {
            order = orders.findByTradeNo(merchantId, merchantTradeNo);
        } else if (present(hash)) {
            order = orders.findByHash(merchantId, hash);
        } else {
            throw new Rejection("one of merchantTradeNo, cpayOrderId or hash is required");
        }
        return OrderViews.orderDetail(order.orElseThrow(() -> new Rejection("order not found")));
    }

    /**
     * data is the JSON text of at most 1000 users; a user is accepted when userId, firstName and lastName are
     * present and brithday (yyyy-MM-dd), email, country (2 letters) and gender (male/female) are well formed
     * when present. count is the number accepted.
     */
    KycSubmissionResult submitKyc(String merchantId, String data) {
        List<Map<String, Object>> users;
        try {
            users = json.readValue(data, Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException | RuntimeException e) {
            throw new Rejection("data is not a JSON array of users");
        }
        if (users == null || users.isEmpty()) {
            throw new Rejection("data holds no user");
        }
        if (users.size() > KYC_LIMIT) {
            throw new Rejection("data holds " + users.size() + " users; at most " + KYC_LIMIT + " are accepted per request");
        }
        Map<String, String> accepted = new LinkedHashMap<>();
        for (Map<String, Object> user : users) {
            if (user != null && acceptable(user)) {
                try {
                    accepted.put(user.get("userId").toString(), json.writeValueAsString(user));
                } catch (IOException e) {
                    throw new Rejection("data is not a JSON array of users");
                }
            }
        }
        kyc.accept(merchantId, accepted);
        return new KycSubmissionResult().count((long) accepted.size());
    }

    private static boolean acceptable(Map<String, Object> user) {
        for (String required : List.of("userId", "firstName", "lastName")) {
            if (!(user.get(required) instanceof String text) || text.isBlank()) {
                return false;
            }
        }
        return matchesIfPresent(user, "email", "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                && matchesIfPresent(user, "country", "[A-Za-z]{2}")
                && matchesIfPresent(user, "gender", "male|female")
                && dateIfPresent(user, "brithday");
    }

    private static boolean matchesIfPresent(Map<String, Object> user, String field, String regex) {
        Object value = user.get(field);
        return value == null || "".equals(value) || value.toString().matches(regex);
    }

    private static boolean dateIfPresent(Map<String, Object> user, String field) {
        Object value = user.get(field);
        if (value == null || "".equals(value)) {
            return true;
        }
        try {
            LocalDate.parse(value.toString());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isEmpty();
    }
}

package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.config.BaseUrl;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.generated.model.CreditCardOrder;
import com.cpay.platform.sandbox.generated.model.CryptoOrder;
import com.cpay.platform.sandbox.generated.model.PwppResult;
import com.cpay.platform.sandbox.lifecycle.Lifecycle;
import com.cpay.platform.sandbox.pages.PaymentPages;
import com.cpay.platform.sandbox.pricing.Fees;
import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Cards;
import com.cpay.platform.sandbox.rules.Networks;
import com.cpay.platform.sandbox.rules.Rejection;
import com.cpay.platform.sandbox.state.CardVault;
import com.cpay.platform.sandbox.state.DepositAddresses;
import com.cpay.platform.sandbox.state.Ids;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderKind;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.state.OrderStatus;
import com.cpay.platform.sandbox.wire.LenientText;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Money coming in: crypto deposit orders (s.13), hosted card orders (s.14) and direct card payments (s.12). */
@Singleton
final class Deposits {

    private final OrderBook orders;
    private final DepositAddresses addresses;
    private final CardVault cards;
    private final Lifecycle lifecycle;
    private final Fees fees;
    private final MerchantRegistry merchants;
    private final SandboxConfig.Failures failures;
    private final BaseUrl baseUrl;
    private final JsonMapper json;

    Deposits(OrderBook orders, DepositAddresses addresses, CardVault cards, Lifecycle lifecycle, Fees fees,
             MerchantRegistry merchants, SandboxConfig config, BaseUrl baseUrl, JsonMapper json) {
        this.orders = orders;
        this.addresses = addresses;
        this.cards = cards;
        this.lifecycle = lifecycle;
        this.fees = fees;
        this.merchants = merchants;
        this.failures = config.getFailures();
        this.baseUrl = baseUrl;
        this.json = json;
    }

    record CardPayer(String email, String ip, String products) {
    }

    CryptoOrder createOrder(String merchantId, String merchantTradeNo, String createTime, String userId, String amount,
                            String cryptoCurrency, String callbackUrl, String successUrl, String failUrl, String extInfo) {
        Checks.createTime(createTime);
        BigDecimal value = Amounts.positive("amount", amount, 8);
        BigDecimal fee = fees.deposit(value, cryptoCurrency);
        Order order = newOrder(OrderKind.CRYPTO_DEPOSIT, merchantId, merchantTradeNo, userId, createTime)
                .currency(cryptoCurrency).network(Networks.defaultNetworkOf(cryptoCurrency))
                .amount(amount).fee(Amounts.text(fee)).receivedAmount(Amounts.text(value.subtract(fee)))
                .callbackUrl(callbackUrl).successUrl(successUrl).failUrl(failUrl).extInfo(extInfo).build();
        Order created = lifecycle.start(order, "createOrder");
        addresses.wallet(merchantId, userId);
        return OrderViews.cryptoOrder(created, baseUrl.current() + PaymentPages.cashierPath(created.orderId()));
    }

    CreditCardOrder createOrderByCreditCard(String merchantId, String merchantTradeNo, String userId, String currency,
                                            String amount, CardPayer payer, String country, String createTime,
                                            String callbackUrl, String successUrl, String failUrl, String extInfo) {
        Checks.createTime(createTime);
        Checks.notBlank("country", country);
        BigDecimal value = Amounts.positive("amount", amount, 2);
        check(payer, true);
        BigDecimal fee = fees.card(value);
        Order order = newOrder(OrderKind.CARD_HOSTED, merchantId, merchantTradeNo, userId, createTime)
                .currency(currency).amount(amount).fee(Amounts.text(fee, 2)).receivedAmount(Amounts.text(value.subtract(fee), 2))
                .callbackUrl(callbackUrl).successUrl(successUrl).failUrl(failUrl).extInfo(extInfo).build();
        Order created = lifecycle.start(order, "createOrderByCreditCard");
        CreditCardOrder data = new CreditCardOrder().merchantId(LenientText.number(merchantId))
                .merchantTradeNo(merchantTradeNo).orderId(created.orderId()).orderStatus(OrderViews.status(created))
                .orderCurrency(currency).orderAmount(amount).receivedAmount(created.receivedAmount()).pledgeAmount("")
                .fee(created.fee()).cashierURL(baseUrl.current() + PaymentPages.cashierPath(created.orderId()))
                .successURL(OrderViews.blank(successUrl)).failURL(OrderViews.blank(failUrl));
        return data.sign(responseSign(merchantId, data));
    }

    /**
     * pwpp: the card is checked and dropped (only the masked PAN is kept). A card ending in the declined suffix
     * (0002) is refused with 90751015 "pay fail"; one ending in the 3DS suffix (3000) gets a 3DS challenge page;
     * any other card gets a page that jumps to successURL, and the order follows the lifecycle.
     */
    PwppResult pwpp(String merchantId, String merchantTradeNo, String userId, String currency, String amount,
                    CardPayer payer, String cardNumber, String cvv, String expDate, boolean storeCard,
                    String ccStorageId, String createTime, String callbackUrl, String successUrl, String failUrl) {
        Checks.createTime(createTime);
        Cards.require(cardNumber, cvv, expDate, YearMonth.now(ZoneOffset.UTC));
        if (ccStorageId != null && !ccStorageId.isEmpty() && cards.find(ccStorageId).isEmpty()) {
            throw new Rejection("ccStorageID is not a stored card");
        }
        BigDecimal value = Amounts.roundDownTo2(Amounts.parseAnyScale("amount", amount));
        if (value.signum() <= 0) {
            throw new Rejection("amount must be at least 0.01");
        }
        check(payer, false);
        BigDecimal fee = fees.card(value);
        boolean declined = cardNumber.endsWith(failures.getDeclinedCardSuffix());
        boolean threeDs = !declined && cardNumber.endsWith(failures.getThreeDsCardSuffix());
        Order.Builder order = newOrder(OrderKind.CARD_DIRECT, merchantId, merchantTradeNo, userId, createTime)
                .currency(currency).amount(value.toPlainString()).fee(Amounts.text(fee, 2))
                .receivedAmount(Amounts.text(value.subtract(fee), 2)).maskedPan(Cards.mask(cardNumber))
                .callbackUrl(callbackUrl).successUrl(successUrl).failUrl(failUrl).awaiting3ds(threeDs);
        if (declined) {
            orders.create(order.status(OrderStatus.CLOSED).closeReason("card declined").build(), "pwpp: card declined");
            throw new Rejection(Envelopes.PAY_FAIL, "pay fail");
        }
        Order created = lifecycle.start(order.build(), "pwpp");
        String storageId = storeCard ? cards.store(created.maskedPan()) : ccStorageId == null ? "" : ccStorageId;
        String base = baseUrl.current();
        PwppResult result = new PwppResult().orderId(created.orderId()).ccStorageID(storageId);
        if (threeDs) {
            return result.pageData(PaymentPages.threeDsChallenge(base, created))
                    .redirectURL(base + PaymentPages.threeDsPath(created.orderId()));
        }
        return result.pageData(PaymentPages.jumpTo(successUrl, created.orderId(), "Payment accepted."));
    }

    private void check(CardPayer payer, boolean allowIpv6) {
        Checks.email(payer.email());
        Checks.ip(payer.ip(), allowIpv6);
        Checks.products(payer.products(), json);
    }

    private static Order.Builder newOrder(OrderKind kind, String merchantId, String merchantTradeNo, String userId,
                                          String createTime) {
        return Order.builder().orderId(Ids.orderId()).kind(kind).status(OrderStatus.PENDING).merchantId(merchantId)
                .merchantTradeNo(merchantTradeNo).userId(userId).merchantCreateTime(createTime)
                .createTime(System.currentTimeMillis());
    }

    /** docs/decisions.md, decision 12: all non-empty data fields but sign, with the request algorithm. */
    private String responseSign(String merchantId, CreditCardOrder data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("merchantId", data.getMerchantId().value());
        fields.put("merchantTradeNo", data.getMerchantTradeNo());
        fields.put("orderId", data.getOrderId());
        fields.put("orderStatus", data.getOrderStatus().code());
        fields.put("orderCurrency", data.getOrderCurrency());
        fields.put("orderAmount", data.getOrderAmount());
        fields.put("receivedAmount", data.getReceivedAmount());
        fields.put("pledgeAmount", data.getPledgeAmount());
        fields.put("fee", data.getFee());
        fields.put("cashierURL", data.getCashierURL());
        fields.put("successURL", data.getSuccessURL());
        fields.put("failURL", data.getFailURL());
        return merchants.find(merchantId).orElse(merchants.primary()).sign(fields);
    }
}

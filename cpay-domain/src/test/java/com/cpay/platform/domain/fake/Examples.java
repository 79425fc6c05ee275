package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.card.BillingAddress;
import com.cpay.platform.domain.card.BrowserClient;
import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.card.Cardholder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.card.ProductLine;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Valid example inputs for the use-case tests, in the words of the C-Pay document. */
public final class Examples {

    public static final UserId USER = new UserId("user-1001");
    public static final MerchantTradeNo TRADE_NO = new MerchantTradeNo("shop-order-42");
    public static final String CARD_NUMBER = "4111111111111111";
    public static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    public static final String HASH = "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957";
    public static final String CPF = "52998224725";

    private Examples() {
    }

    public static Money usdt(String amount) {
        return Money.parse("amount", amount, Asset.USDT);
    }

    public static Money brl(String amount) {
        return Money.parse("amount", amount, Asset.BRL);
    }

    public static Money usd(String amount) {
        return Money.parse("amount", amount, Asset.USD);
    }

    public static OrderUrls callback() {
        return OrderUrls.callback(URI.create("https://shop.example/cpay/webhook"));
    }

    /** No extInfo: what most deposits and card orders send. */
    public static final Optional<String> NO_EXT_INFO = Optional.empty();
    /** The remark the example PIX payouts send. */
    public static final Optional<String> PIX_REMARK = Optional.of("salary");

    public static NewOrder<CryptoDepositDetails> deposit(String usdtAmount) {
        return NewOrder.cryptoDeposit(Optional.empty(), USER, usdt(usdtAmount));
    }

    public static NewOrder<CryptoDepositDetails> deposit(MerchantTradeNo tradeNo, String usdtAmount) {
        return NewOrder.cryptoDeposit(Optional.of(tradeNo), USER, usdt(usdtAmount));
    }

    public static List<ProductLine> products() {
        return List.of(new ProductLine("macBook", new BigDecimal("1234.00"), 1, "USD"));
    }

    public static NewOrder<HostedCardDetails> hostedCard(Money amount) {
        return NewOrder.hostedCard(Optional.empty(), USER, amount);
    }

    public static CpayCardGateway.HostedCheckout hostedCheckout() {
        return new CpayCardGateway.HostedCheckout(products(), "BR", "buyer@example.com", "203.0.113.7",
                Optional.of("en-US"), OrderUrls.none());
    }

    public static CardData card() {
        return CardData.of(CARD_NUMBER, "123", "12/30");
    }

    public static NewOrder<CardPaymentDetails> directCard(String amount, CardData card) {
        return NewOrder.directCard(Optional.empty(), USER, CardAmount.roundDown("amount", amount, Asset.USD),
                card.maskedPan());
    }

    public static CpayCardGateway.DirectCheckout directCheckout() {
        return new CpayCardGateway.DirectCheckout(
                new Cardholder("Ana", "Souza", "ana@example.com", "55", "11987654321"),
                new BillingAddress("Rua Augusta 100", "BR", "Sao Paulo", "01304-000"),
                new BrowserClient("text/html", "Mozilla/5.0", "203.0.113.7"), products(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), OrderUrls.none());
    }

    public static NewOrder<CryptoPayoutDetails> cryptoPayout(String total, String received) {
        return NewOrder.cryptoPayout(Optional.empty(), USER, new CryptoAddress(Network.TRON, TRON_ADDRESS),
                CryptoPayoutAmounts.of(total, received, Asset.USDT));
    }

    public static PixPayoutTerms pixTerms(String amount) {
        return PixPayoutTerms.of(amount, "BRL", "BRA", "1", CPF);
    }

    public static NewOrder<PixPayoutDetails> pixPayout(String amount) {
        return NewOrder.pixPayout(Optional.empty(), USER, pixTerms(amount));
    }

    public static NewOrder<ExchangeDetails> exchange(String usdtAmount) {
        return NewOrder.exchange(Optional.empty(), USER, usdt(usdtAmount), Asset.BTC);
    }

    /** The fields of a C-Pay webhook (s.15) for an order of ours. */
    public static Map<String, String> webhook(MerchantTradeNo tradeNo, String cpayOrderId, String status) {
        return Map.of("merchantId", "20003092", "merchantTradeNo", tradeNo.value(), "orderId", cpayOrderId,
                "orderStatus", status, "actualAmount", "10", "receivedAmount", "10", "fee", "0",
                "cryptoCurrency", "USDT", "createTime", "1663155010000", "merchantUserId", USER.value());
    }
}

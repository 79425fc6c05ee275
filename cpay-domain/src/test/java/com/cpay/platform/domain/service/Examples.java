package com.cpay.platform.domain.service;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.CryptoAddress;
import com.cpay.platform.domain.payout.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.PixPayoutTerms;
import com.cpay.platform.domain.port.in.CreateDepositCommand;
import com.cpay.platform.domain.port.in.ExchangeCommand;
import com.cpay.platform.domain.port.in.PayByCardDirectCommand;
import com.cpay.platform.domain.port.in.PayByCardHostedCommand;
import com.cpay.platform.domain.port.in.RequestCryptoPayoutCommand;
import com.cpay.platform.domain.port.in.RequestPixPayoutCommand;
import com.cpay.platform.domain.port.out.BillingAddress;
import com.cpay.platform.domain.port.out.BrowserClient;
import com.cpay.platform.domain.port.out.CardData;
import com.cpay.platform.domain.port.out.Cardholder;
import com.cpay.platform.domain.port.out.OrderUrls;
import com.cpay.platform.domain.port.out.ProductLine;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Valid example inputs for the use-case tests, in the words of the C-Pay document. */
final class Examples {

    static final UserId USER = new UserId("user-1001");
    static final MerchantTradeNo TRADE_NO = new MerchantTradeNo("shop-order-42");
    static final String CARD_NUMBER = "4111111111111111";
    static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    static final String HASH = "c4dbbf5737c52072817dc92fa09c41386f8024fee883270b92bfc1943616f957";
    static final String CPF = "52998224725";

    private Examples() {
    }

    static Money usdt(String amount) {
        return Money.parse("amount", amount, Asset.USDT);
    }

    static Money brl(String amount) {
        return Money.parse("amount", amount, Asset.BRL);
    }

    static Money usd(String amount) {
        return Money.parse("amount", amount, Asset.USD);
    }

    static OrderUrls callback() {
        return OrderUrls.callback(URI.create("https://shop.example/cpay/webhook"));
    }

    static CreateDepositCommand deposit(String usdtAmount) {
        return new CreateDepositCommand(Optional.empty(), USER, usdt(usdtAmount), callback());
    }

    static CreateDepositCommand deposit(MerchantTradeNo tradeNo, String usdtAmount) {
        return new CreateDepositCommand(Optional.of(tradeNo), USER, usdt(usdtAmount), callback());
    }

    static List<ProductLine> products() {
        return List.of(new ProductLine("macBook", new BigDecimal("1234.00"), 1, "USD"));
    }

    static PayByCardHostedCommand hostedCard(Money amount) {
        return new PayByCardHostedCommand(Optional.empty(), USER, amount, products(), "BR", "buyer@example.com",
                "203.0.113.7", Optional.of("en-US"), OrderUrls.none());
    }

    static CardData card() {
        return CardData.of(CARD_NUMBER, "123", "12/30");
    }

    static PayByCardDirectCommand directCard(String amount, CardData card) {
        return new PayByCardDirectCommand(Optional.empty(), USER, CardAmount.roundDown("amount", amount, Asset.USD),
                card, new Cardholder("Ana", "Souza", "ana@example.com", "55", "11987654321"),
                new BillingAddress("Rua Augusta 100", "BR", "Sao Paulo", "01304-000"),
                new BrowserClient("text/html", "Mozilla/5.0", "203.0.113.7"), products(), false, Optional.empty(),
                Optional.empty(), Optional.empty(), OrderUrls.none());
    }

    static RequestCryptoPayoutCommand cryptoPayout(String total, String received) {
        return new RequestCryptoPayoutCommand(Optional.empty(), USER,
                new CryptoAddress(Network.TRON, TRON_ADDRESS), CryptoPayoutAmounts.of(total, received, Asset.USDT),
                callback());
    }

    static PixPayoutTerms pixTerms(String amount) {
        return PixPayoutTerms.of(amount, "BRL", "BRA", "1", CPF);
    }

    static RequestPixPayoutCommand pixPayout(String amount) {
        return new RequestPixPayoutCommand(Optional.empty(), USER, pixTerms(amount), OrderUrls.none(),
                Optional.of("salary"));
    }

    static ExchangeCommand exchange(String usdtAmount) {
        return new ExchangeCommand(Optional.empty(), USER, usdt(usdtAmount), Asset.BTC);
    }

    /** The fields of a C-Pay webhook (s.15) for an order of ours. */
    static Map<String, String> webhook(MerchantTradeNo tradeNo, String cpayOrderId, String status) {
        return Map.of("merchantId", "20003092", "merchantTradeNo", tradeNo.value(), "orderId", cpayOrderId,
                "orderStatus", status, "actualAmount", "10", "receivedAmount", "10", "fee", "0",
                "cryptoCurrency", "USDT", "createTime", "1663155010000", "merchantUserId", USER.value());
    }
}

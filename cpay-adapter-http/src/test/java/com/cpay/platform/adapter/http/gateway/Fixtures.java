package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.domain.kyc.Gender;
import com.cpay.platform.domain.kyc.KycBatch;
import com.cpay.platform.domain.kyc.KycUser;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixKey;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.card.BillingAddress;
import com.cpay.platform.domain.card.BrowserClient;
import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.card.Cardholder;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.adapter.http.support.Sends;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.card.ProductLine;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.PurchaseType;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Valid domain requests for every operation, with the values of the document's examples where it has them. */
final class Fixtures {

    static final Instant CREATE_TIME = Instant.ofEpochMilli(1663674686509L);
    static final String CREATE_TIME_TEXT = "1663674686509";
    static final String PAN = "4111111111111111";
    static final String CVV = "737";
    static final URI CALLBACK = URI.create("https://merchant.example.com/cpay/webhooks?src=cpay&x=1");
    static final URI SUCCESS = URI.create("https://cashier.cpay.ltd/succed");
    static final URI FAIL = URI.create("https://cashier.cpay.ltd/lose");
    static final OrderUrls URLS = new OrderUrls(Optional.of(CALLBACK), Optional.of(SUCCESS), Optional.of(FAIL));
    static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";

    private Fixtures() {
    }

    static MerchantTradeNo tradeNo(String value) {
        return new MerchantTradeNo(value);
    }

    static Sends.Deposit deposit(String tradeNo) {
        return new Sends.Deposit(Order.open(tradeNo(tradeNo), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("test002"), Money.parse("amount", "3", Asset.USDT)), CREATE_TIME), URLS, Optional.empty());
    }

    static Sends.CryptoPayout cryptoPayout(String tradeNo) {
        return new Sends.CryptoPayout(Order.open(tradeNo(tradeNo), NewOrder.cryptoPayout(Optional.empty(),
                new UserId("2345"), new CryptoAddress(Network.TRON, TRON_ADDRESS),
                CryptoPayoutAmounts.of("66.12345678", "66.11115678", Asset.USDT)), CREATE_TIME),
                OrderUrls.callback(CALLBACK));
    }

    static Sends.PixPayout pixPayout(String tradeNo) {
        return new Sends.PixPayout(Order.open(tradeNo(tradeNo), NewOrder.pixPayout(Optional.empty(),
                new UserId("1001"), new PixPayoutTerms(Money.parse("amount", "5", Asset.BRL), "BRA",
                        new PixKey(PixAccountType.EMAIL, "maria@example.com"))), CREATE_TIME),
                URLS, Optional.of("remark"));
    }

    static Order exchange(String tradeNo) {
        return Order.open(tradeNo(tradeNo), NewOrder.exchange(Optional.empty(), new UserId("xxx-1001"),
                Money.parse("sourceAmount", "9.12345678", Asset.USDT), Asset.BTC), CREATE_TIME);
    }

    static QuoteRequest quote(QuoteChannel channel) {
        return channel == QuoteChannel.CARD
                ? new QuoteRequest(Asset.USD, Asset.USDT, PurchaseType.BY_SOURCE_AMOUNT,
                Money.parse("amount", "100", Asset.USD), channel)
                : new QuoteRequest(Asset.USDT, Asset.BTC, PurchaseType.BY_TARGET_AMOUNT,
                Money.parse("amount", "0.5", Asset.BTC), channel);
    }

    static List<ProductLine> products() {
        return List.of(new ProductLine("iphone 11", new BigDecimal("5300.00"), 2, "CNY"),
                new ProductLine("macBook", new BigDecimal("1234.00"), 1, "USD"));
    }

    static Sends.HostedCard hostedCard(String tradeNo) {
        return new Sends.HostedCard(Order.open(tradeNo(tradeNo), NewOrder.hostedCard(Optional.empty(),
                new UserId("test002"), Money.parse("amount", "2", Asset.USD)), CREATE_TIME),
                new CpayCardGateway.HostedCheckout(products(), "US", "asdf@gmail.com", "203.0.113.10",
                        Optional.of("en-US"), URLS, Optional.empty()));
    }

    static Sends.DirectCard directCard(String tradeNo) {
        return directCard(tradeNo, false);
    }

    static Sends.DirectCard directCard(String tradeNo, boolean storeCard) {
        CardData card = CardData.of(PAN, CVV, "12/27");
        return new Sends.DirectCard(Order.open(tradeNo(tradeNo), NewOrder.directCard(Optional.empty(),
                new UserId("test002"), CardAmount.roundDown("amount", "19.01", Asset.USD), card.maskedPan()),
                CREATE_TIME), card,
                new CpayCardGateway.DirectCheckout(new Cardholder("hart", "lee", "asdf@gmail.com", "35", "712345678"),
                        new BillingAddress("Grafton-Street.1", "IE", "Dublin", "D02X285"),
                        new BrowserClient("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 11_3_1 like Mac OS X)", "203.0.113.10"),
                        products(), storeCard, Optional.empty(), Optional.of("en"), Optional.empty(), URLS));
    }

    static KycUser kycUser(String userId) {
        return new KycUser(userId, "hart", "", "lee", LocalDate.of(1987, 5, 1), Gender.MALE, "RU", "7",
                "12341234123", LocalDate.of(2008, 1, 1), LocalDate.of(2038, 1, 1),
                List.of(URI.create("https://files.example.com/pi.jpg")),
                List.of(URI.create("https://files.example.com/pi.pdf")), "asdf@gmail.com", "23452345");
    }

    static KycBatch kycBatch() {
        return KycBatch.of(List.of(kycUser("231xsd23"), kycUser("u-2")), LocalDate.of(2026, 11, 25));
    }
}

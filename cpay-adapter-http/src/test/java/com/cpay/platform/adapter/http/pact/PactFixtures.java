package com.cpay.platform.adapter.http.pact;

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
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The domain requests of the contract and the wire values they become. Everything is fixed (createTime too), so
 * the recorded signatures are the same on every run.
 */
final class PactFixtures {

    static final String CREATE_TIME = "1663674686509";
    static final Instant CREATED = Instant.ofEpochMilli(Long.parseLong(CREATE_TIME));
    static final String CALLBACK = "https://merchant.example.com/cpay/webhooks";
    static final String SUCCESS = "https://cashier.cpay.ltd/succed";
    static final String FAIL = "https://cashier.cpay.ltd/lose";
    static final OrderUrls URLS = new OrderUrls(Optional.of(URI.create(CALLBACK)), Optional.of(URI.create(SUCCESS)),
            Optional.of(URI.create(FAIL)));
    static final String USER = "test002";
    static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";
    static final String NETWORK_TRON = "TRON(TRC-20)";
    static final String PAN = "4111111111111111";
    /** Declined by the simulator (failures.declined-card-suffix 0002). */
    static final String DECLINED_PAN = "4000000000000002";
    static final String CVV = "737";
    static final String EXP_DATE = "12/35";
    static final String PRODUCTS = "[{\"name\":\"iphone 11\",\"price\":\"5300.00\",\"num\":\"2\",\"currency\":\"CNY\"},"
            + "{\"name\":\"macBook\",\"price\":\"1234.00\",\"num\":\"1\",\"currency\":\"USD\"}]";
    static final String HTTP_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 11_3_1 like Mac OS X)";
    static final String IP = "203.0.113.10";
    static final String EMAIL = "asdf@gmail.com";
    static final String PIX_EMAIL = "maria@example.com";

    private PactFixtures() {
    }

    static MerchantTradeNo tradeNo(String value) {
        return new MerchantTradeNo(value);
    }

    static Sends.Deposit deposit(String tradeNo) {
        return deposit(tradeNo, Optional.empty());
    }

    static Sends.Deposit deposit(String tradeNo, Optional<String> extInfo) {
        return new Sends.Deposit(Order.open(tradeNo(tradeNo), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId(USER), Money.parse("amount", "3", Asset.USDT)), CREATED), URLS, extInfo);
    }

    static Sends.CryptoPayout cryptoPayout(String tradeNo) {
        return new Sends.CryptoPayout(Order.open(tradeNo(tradeNo), NewOrder.cryptoPayout(Optional.empty(),
                new UserId("2345"), new CryptoAddress(Network.TRON, TRON_ADDRESS),
                CryptoPayoutAmounts.of("66.12345678", "66.11115678", Asset.USDT)), CREATED),
                OrderUrls.callback(URI.create(CALLBACK)));
    }

    static Sends.PixPayout pixPayout(String tradeNo) {
        return new Sends.PixPayout(Order.open(tradeNo(tradeNo), NewOrder.pixPayout(Optional.empty(),
                new UserId("1001"), new PixPayoutTerms(Money.parse("amount", "5", Asset.BRL), "BRA",
                        new PixKey(PixAccountType.EMAIL, PIX_EMAIL))), CREATED),
                URLS, Optional.of("remark"));
    }

    static Order exchange(String tradeNo) {
        return Order.open(tradeNo(tradeNo), NewOrder.exchange(Optional.empty(), new UserId("xxx-1001"),
                Money.parse("sourceAmount", "100", Asset.USDT), Asset.BTC), CREATED);
    }

    static List<ProductLine> products() {
        return List.of(new ProductLine("iphone 11", new BigDecimal("5300.00"), 2, "CNY"),
                new ProductLine("macBook", new BigDecimal("1234.00"), 1, "USD"));
    }

    static Sends.HostedCard hostedCard(String tradeNo) {
        return hostedCard(tradeNo, Optional.empty());
    }

    static Sends.HostedCard hostedCard(String tradeNo, Optional<String> extInfo) {
        return new Sends.HostedCard(Order.open(tradeNo(tradeNo), NewOrder.hostedCard(Optional.empty(),
                new UserId(USER), Money.parse("amount", "2", Asset.USD)), CREATED),
                new CpayCardGateway.HostedCheckout(products(), "US", EMAIL, IP, Optional.of("en-US"), URLS, extInfo));
    }

    static Sends.DirectCard directCard(String tradeNo, String pan) {
        CardData card = CardData.of(pan, CVV, EXP_DATE);
        return new Sends.DirectCard(Order.open(tradeNo(tradeNo), NewOrder.directCard(Optional.empty(),
                new UserId(USER), CardAmount.roundDown("amount", "19.01", Asset.USD), card.maskedPan()), CREATED), card,
                new CpayCardGateway.DirectCheckout(new Cardholder("hart", "lee", EMAIL, "35", "712345678"),
                        new BillingAddress("Grafton-Street.1", "IE", "Dublin", "D02X285"),
                        new BrowserClient(HTTP_ACCEPT, USER_AGENT, IP),
                        products(), false, Optional.empty(), Optional.of("en"), Optional.empty(), URLS));
    }

    static KycUser kycUser(String userId) {
        return new KycUser(userId, "hart", "", "lee", LocalDate.of(1987, 5, 1), Gender.MALE, "RU", "7",
                "12341234123", LocalDate.of(2008, 1, 1), LocalDate.of(2038, 1, 1),
                List.of(URI.create("https://files.example.com/pi.jpg")),
                List.of(URI.create("https://files.example.com/pi.pdf")), EMAIL, "23452345");
    }

    static KycBatch kycBatch() {
        return KycBatch.of(List.of(kycUser("231xsd23"), kycUser("u-2")), LocalDate.of(2026, 11, 25));
    }

    /** The {@code data} form field of {@link #kycBatch()}: the users as JSON text with the wire names (docs/decisions.md, decision 6). */
    static String kycData() {
        return "[" + kycUserJson("231xsd23") + "," + kycUserJson("u-2") + "]";
    }

    private static String kycUserJson(String userId) {
        return "{\"userId\":\"" + userId + "\",\"firstName\":\"hart\",\"lastName\":\"lee\","
                + "\"brithday\":\"1987-05-01\",\"gender\":\"male\",\"country\":\"RU\",\"iddCode\":\"7\","
                + "\"personalCode\":\"12341234123\",\"certificateDateStart\":\"2008-01-01\","
                + "\"certificateDateEnd\":\"2038-01-01\",\"IdCardUrls\":[\"https://files.example.com/pi.jpg\"],"
                + "\"documentUrls\":[\"https://files.example.com/pi.pdf\"],\"email\":\"asdf@gmail.com\","
                + "\"mobile\":\"23452345\"}";
    }
}

package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.kyc.KycBatch;
import com.cpay.platform.domain.kyc.KycBatchResult;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusCode;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.exchange.ExchangeAccepted;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.ExchangeRate;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every C-Pay gateway port in one scriptable fake. Each operation is a public {@link Scripted} field: by
 * default it answers as C-Pay's documented examples do (new order ids {@code cpay-1}, {@code cpay-2} ...);
 * a test can make it answer otherwise, reject or be unavailable, and read the requests it received: an order as it
 * was when sent, with what was sent beside it.
 * Thread-safe.
 */
public final class FakeCpayGateway implements CpayDepositGateway, CpayCardGateway, CpayPayoutGateway,
        CpayExchangeGateway, CpayKycGateway, CpayAccountGateway, CpayOrderQueryGateway {

    /** The PIX fee the default answer reports. */
    public static final Money PIX_FEE = Money.parse("fee", "0.5", Asset.BRL);

    private final AtomicLong ids = new AtomicLong(1);

    /** A createOrder call: the order and what was sent beside it. */
    public record DepositSent(OrderSnapshot order, OrderUrls urls, Optional<String> extInfo) {
    }

    /** A withdraw call. */
    public record CryptoPayoutSent(OrderSnapshot order, OrderUrls urls) {

        public CryptoPayoutDetails details() {
            return (CryptoPayoutDetails) order.details();
        }
    }

    /** A createFiatPayoutOrder call. */
    public record PixPayoutSent(OrderSnapshot order, OrderUrls urls, Optional<String> remark) {

        public PixPayoutDetails details() {
            return (PixPayoutDetails) order.details();
        }
    }

    /** A createOrderByCreditCard call. */
    public record HostedCardSent(OrderSnapshot order, CpayCardGateway.HostedCheckout checkout) {
    }

    /** A pwpp call. */
    public record DirectCardSent(OrderSnapshot order, CardData card, CpayCardGateway.DirectCheckout checkout) {
    }

    public final Scripted<DepositSent, CreatedDeposit> createDeposit = new Scripted<>("createOrder",
            r -> new CreatedDeposit(nextId(), Optional.of("https://cashier.example/pay?order=" + r.order().merchantTradeNo()),
                    Optional.of(StatusCode.of(OrderStatus.PENDING)), ReportedAmounts.none(), Optional.empty(),
                    Optional.empty(), Optional.empty()));

    public final Scripted<UserId, List<DepositAddress>> depositAddresses = new Scripted<>("getWalletAddress",
            user -> List.of(
                    new DepositAddress("USDT", Network.TRON, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw"),
                    new DepositAddress("TRX", Network.TRON, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw"),
                    new DepositAddress("BTC", Network.BITCOIN, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")));

    public final Scripted<HostedCardSent, HostedCardOrder> hostedCard = new Scripted<>(
            "createOrderByCreditCard",
            r -> new HostedCardOrder(nextId(), Optional.of("https://gw.example/paymentPage/" + r.order().merchantTradeNo()),
                    Optional.of(StatusCode.of(OrderStatus.PENDING)), ReportedAmounts.none(), Optional.empty()));

    public final Scripted<DirectCardSent, DirectCardPaymentResult> payByCard = new Scripted<>("pwpp",
            r -> new DirectCardPaymentResult(Optional.of(nextId()),
                    Optional.of(CardRedirect.url("https://3ds.example/challenge")), Optional.empty()));

    public final Scripted<CryptoPayoutSent, PayoutAccepted> cryptoPayout = new Scripted<>("withdraw",
            r -> new PayoutAccepted(Optional.of(nextId()), Optional.of(StatusCode.of(OrderStatus.PROCESSING)),
                    Optional.of(r.details().amounts().totalAmount()), Optional.of(r.details().amounts().receivedAmount()),
                    Optional.of(r.details().amounts().difference())));

    public final Scripted<PixPayoutSent, PayoutAccepted> pixPayout = new Scripted<>("createFiatPayoutOrder",
            r -> new PayoutAccepted(Optional.of(nextId()), Optional.of(StatusCode.of(OrderStatus.PROCESSING)),
                    Optional.of(r.details().terms().amount().plus(PIX_FEE)), Optional.of(r.details().terms().amount()),
                    Optional.of(PIX_FEE)));

    public final Scripted<Order, ExchangeAccepted> exchange = new Scripted<>("exchange",
            o -> {
                Asset target = ((ExchangeDetails) o.details()).targetCurrency();
                return new ExchangeAccepted(new ExchangeResult(target, new Money(BigDecimal.ONE, target),
                        ExchangeRate.parse("40000.000000"), Money.zero(target)), Optional.empty());
            });

    public final Scripted<QuoteRequest, Quote> quote = new Scripted<>("getExchangeRate",
            r -> new Quote(r.source(), r.target(), r.purchaseType(), r.amount(), ExchangeRate.parse("2999.342"),
                    Optional.of(new BigDecimal("0.03334064604")), r.channel()));

    public final Scripted<KycBatch, KycBatchResult> kyc = new Scripted<>("submitKYC",
            batch -> batch.resultWith(batch.size()));

    public final Scripted<Void, List<Balance>> balances = new Scripted<>("getMerchantBalance",
            none -> List.of(new Balance("USDT", new BigDecimal("11.008"), BigDecimal.ZERO),
                    new Balance("BTC", BigDecimal.ZERO, BigDecimal.ZERO),
                    new Balance("USD", BigDecimal.ZERO, new BigDecimal("12.237"))));

    public final Scripted<OrderLookup, Optional<OrderReport>> findOrder = new Scripted<>("getOrderDetail",
            lookup -> Optional.empty());

    /** The id the next default answer will carry, without using it up. */
    public CpayOrderId peekNextId() {
        return new CpayOrderId("cpay-" + ids.get());
    }

    @Override
    public CreatedDeposit createDeposit(Order order, OrderUrls urls, Optional<String> extInfo) {
        return createDeposit.call(new DepositSent(order.snapshot(), urls, extInfo));
    }

    @Override
    public List<DepositAddress> depositAddresses(UserId userId) {
        return depositAddresses.call(userId);
    }

    @Override
    public HostedCardOrder createHostedCardOrder(Order order, HostedCheckout checkout) {
        return hostedCard.call(new HostedCardSent(order.snapshot(), checkout));
    }

    @Override
    public DirectCardPaymentResult payByCard(Order order, CardData card, DirectCheckout checkout) {
        return payByCard.call(new DirectCardSent(order.snapshot(), card, checkout));
    }

    @Override
    public PayoutAccepted requestCryptoPayout(Order order, OrderUrls urls) {
        return cryptoPayout.call(new CryptoPayoutSent(order.snapshot(), urls));
    }

    @Override
    public PayoutAccepted requestPixPayout(Order order, OrderUrls urls, Optional<String> remark) {
        return pixPayout.call(new PixPayoutSent(order.snapshot(), urls, remark));
    }

    @Override
    public ExchangeAccepted exchange(Order order) {
        return exchange.call(order);
    }

    @Override
    public Quote quote(QuoteRequest request) {
        return quote.call(request);
    }

    @Override
    public KycBatchResult submit(KycBatch batch) {
        return kyc.call(batch);
    }

    @Override
    public List<Balance> balances() {
        return balances.call(null);
    }

    @Override
    public Optional<OrderReport> findOrder(OrderLookup lookup) {
        return findOrder.call(lookup);
    }

    private CpayOrderId nextId() {
        return new CpayOrderId("cpay-" + ids.getAndIncrement());
    }
}

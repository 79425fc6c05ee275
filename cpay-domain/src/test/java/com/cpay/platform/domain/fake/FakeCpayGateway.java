package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.kyc.KycBatch;
import com.cpay.platform.domain.kyc.KycBatchResult;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.Order;
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
import com.cpay.platform.domain.payout.CryptoPayoutRequest;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.deposit.DepositRequest;
import com.cpay.platform.domain.card.DirectCardPaymentRequest;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.exchange.ExchangeAccepted;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.card.HostedCardOrderRequest;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.payout.PixPayoutRequest;
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
 * a test can make it answer otherwise, reject or be unavailable, and read the requests it received.
 * Thread-safe.
 */
public final class FakeCpayGateway implements CpayDepositGateway, CpayCardGateway, CpayPayoutGateway,
        CpayExchangeGateway, CpayKycGateway, CpayAccountGateway, CpayOrderQueryGateway {

    /** The PIX fee the default answer reports. */
    public static final Money PIX_FEE = Money.parse("fee", "0.5", Asset.BRL);

    private final AtomicLong ids = new AtomicLong(1);

    public final Scripted<DepositRequest, CreatedDeposit> createDeposit = new Scripted<>("createOrder",
            r -> new CreatedDeposit(nextId(), Optional.of("https://cashier.example/pay?order=" + r.merchantTradeNo()),
                    Optional.of(StatusCode.of(OrderStatus.PENDING)), ReportedAmounts.none(), Optional.empty(),
                    Optional.empty(), Optional.empty()));

    public final Scripted<UserId, List<DepositAddress>> depositAddresses = new Scripted<>("getWalletAddress",
            user -> List.of(
                    new DepositAddress("USDT", Network.TRON, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw"),
                    new DepositAddress("TRX", Network.TRON, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw"),
                    new DepositAddress("BTC", Network.BITCOIN, "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")));

    public final Scripted<HostedCardOrderRequest, HostedCardOrder> hostedCard = new Scripted<>(
            "createOrderByCreditCard",
            r -> new HostedCardOrder(nextId(), Optional.of("https://gw.example/paymentPage/" + r.merchantTradeNo()),
                    Optional.of(StatusCode.of(OrderStatus.PENDING)), ReportedAmounts.none(), Optional.empty()));

    public final Scripted<DirectCardPaymentRequest, DirectCardPaymentResult> payByCard = new Scripted<>("pwpp",
            r -> new DirectCardPaymentResult(Optional.of(nextId()),
                    Optional.of(CardRedirect.url("https://3ds.example/challenge")), Optional.empty()));

    public final Scripted<CryptoPayoutRequest, PayoutAccepted> cryptoPayout = new Scripted<>("withdraw",
            r -> new PayoutAccepted(Optional.of(nextId()), Optional.of(StatusCode.of(OrderStatus.PROCESSING)),
                    Optional.of(r.amounts().totalAmount()), Optional.of(r.amounts().receivedAmount()),
                    Optional.of(r.amounts().difference())));

    public final Scripted<PixPayoutRequest, PayoutAccepted> pixPayout = new Scripted<>("createFiatPayoutOrder",
            r -> new PayoutAccepted(Optional.of(nextId()), Optional.of(StatusCode.of(OrderStatus.PROCESSING)),
                    Optional.of(r.terms().amount().plus(PIX_FEE)), Optional.of(r.terms().amount()),
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
    public CreatedDeposit createDeposit(DepositRequest request) {
        return createDeposit.call(request);
    }

    @Override
    public List<DepositAddress> depositAddresses(UserId userId) {
        return depositAddresses.call(userId);
    }

    @Override
    public HostedCardOrder createHostedCardOrder(HostedCardOrderRequest request) {
        return hostedCard.call(request);
    }

    @Override
    public DirectCardPaymentResult payByCard(DirectCardPaymentRequest request) {
        return payByCard.call(request);
    }

    @Override
    public PayoutAccepted requestCryptoPayout(CryptoPayoutRequest request) {
        return cryptoPayout.call(request);
    }

    @Override
    public PayoutAccepted requestPixPayout(PixPayoutRequest request) {
        return pixPayout.call(request);
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

package com.cpay.platform.app.api;

import com.cpay.platform.domain.deposit.GetDepositAddressesUseCase;
import com.cpay.platform.domain.quote.QuoteUseCase;
import com.cpay.platform.domain.kyc.SubmitKycBatchUseCase;
import com.cpay.platform.domain.order.query.ListOrdersUseCase;
import com.cpay.platform.domain.account.GetBalancesUseCase;
import com.cpay.platform.app.generated.model.Balance;
import com.cpay.platform.app.generated.model.BalanceList;
import com.cpay.platform.app.generated.model.CardOrderCurrency;
import com.cpay.platform.app.generated.model.CardPaymentCurrency;
import com.cpay.platform.app.generated.model.CardPaymentResult;
import com.cpay.platform.app.generated.model.CpayRejection;
import com.cpay.platform.app.generated.model.OutcomeUnknown;
import com.cpay.platform.app.generated.model.CryptoDepositDetails;
import com.cpay.platform.app.generated.model.CryptoExchangeDetails;
import com.cpay.platform.app.generated.model.CryptoPayoutDetails;
import com.cpay.platform.app.generated.model.DepositAddress;
import com.cpay.platform.app.generated.model.DepositAddressList;
import com.cpay.platform.app.generated.model.DirectCardDetails;
import com.cpay.platform.app.generated.model.EventSource;
import com.cpay.platform.app.generated.model.HostedCardDetails;
import com.cpay.platform.app.generated.model.KycBatchResult;
import com.cpay.platform.app.generated.model.Order;
import com.cpay.platform.app.generated.model.OrderKind;
import com.cpay.platform.app.generated.model.OrderPage;
import com.cpay.platform.app.generated.model.OrderStatus;
import com.cpay.platform.app.generated.model.PixAccountType;
import com.cpay.platform.app.generated.model.PixPayoutDetails;
import com.cpay.platform.app.generated.model.PurchaseType;
import com.cpay.platform.app.generated.model.Quote;
import com.cpay.platform.app.generated.model.QuoteChannel;
import com.cpay.platform.app.generated.model.ReportOutcome;
import com.cpay.platform.app.generated.model.ReportedAmounts;
import com.cpay.platform.app.generated.model.ReportedStatus;
import com.cpay.platform.app.generated.model.ReviewNote;
import com.cpay.platform.app.generated.model.ReviewReason;
import com.cpay.platform.app.generated.model.StatusChange;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.OrderSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Writes the domain's results as the generated response models. Amounts are plain decimal text: fiat with its 2
 * decimals ({@code 5.50}), crypto without trailing zeros ({@code 3}, {@code 66.12345678}); instants in UTC.
 */
final class Views {

    private static final Logger LOG = LoggerFactory.getLogger(Views.class);

    private Views() {
    }

    static Order order(OrderSnapshot s) {
        var details = s.details();
        ReportedAmounts amounts = new ReportedAmounts(details.reportingAsset().code());
        s.reportedAmounts().orderAmount().ifPresent(m -> amounts.setOrderAmount(text(m)));
        s.reportedAmounts().actualAmount().ifPresent(m -> amounts.setActualAmount(text(m)));
        s.reportedAmounts().receivedAmount().ifPresent(m -> amounts.setReceivedAmount(text(m)));
        s.reportedAmounts().fee().ifPresent(m -> amounts.setFee(text(m)));
        s.reportedAmounts().pledgeAmount().ifPresent(m -> amounts.setPledgeAmount(text(m)));
        Order order = new Order(s.merchantTradeNo().value(), OrderKind.valueOf(s.kind().name()), s.userId().value(),
                status(s.status()), utc(s.createdAt()), utc(s.updatedAt()), amounts, s.needsReview(),
                s.reviewNotes().stream().map(n -> new ReviewNote(ReviewReason.valueOf(n.reason().name()), n.detail(),
                        utc(n.at()))).toList(),
                s.history().stream().map(Views::change).toList());
        s.cpayOrderId().ifPresent(id -> order.setCpayOrderId(id.value()));
        s.rejection().ifPresent(r -> order.setRejection(rejection(r)));
        s.outcomeUnknown().ifPresent(u -> order.setOutcomeUnknown(new OutcomeUnknown(utc(u.since()), u.reason(),
                u.lookups(), utc(u.nextLookupAt()))));
        order.setResubmittable(com.cpay.platform.domain.order.Order.rehydrate(s).canBeResubmitted());
        if (!s.metadata().isEmpty()) {
            order.setMetadata(new java.util.LinkedHashMap<>(s.metadata().asMap()));
        }
        if (details instanceof com.cpay.platform.domain.order.CryptoDepositDetails d) {
            CryptoDepositDetails view = new CryptoDepositDetails(d.cryptoCurrency().code());
            s.requestedAmount().ifPresent(m -> view.setAmount(text(m)));
            d.network().ifPresent(n -> view.setNetwork(n.wireName()));
            d.cashierUrl().flatMap(Views::uri).ifPresent(view::setCashierUrl);
            d.hash().ifPresent(h -> view.setHash(h.value()));
            order.setCryptoDeposit(view);
        } else if (details instanceof com.cpay.platform.domain.order.HostedCardDetails d) {
            HostedCardDetails view = new HostedCardDetails(CardOrderCurrency.fromValue(d.currency().code()),
                    s.requestedAmount().map(Views::text).orElse("0"));
            d.cashierUrl().flatMap(Views::uri).ifPresent(view::setCashierUrl);
            order.setHostedCard(view);
        } else if (details instanceof CardPaymentDetails d) {
            order.setDirectCard(new DirectCardDetails(CardPaymentCurrency.fromValue(d.reportingAsset().code()),
                    d.amount().requested().toPlainString(), d.amount().charged().toPlainString(),
                    d.amount().roundedOff().toPlainString(), d.card().value()));
        } else if (details instanceof com.cpay.platform.domain.order.CryptoPayoutDetails d) {
            CryptoPayoutDetails view = new CryptoPayoutDetails(d.reportingAsset().code(), d.network().wireName(),
                    d.toAddress(), text(d.amounts().totalAmount()), text(d.amounts().receivedAmount()));
            d.hash().ifPresent(h -> view.setHash(h.value()));
            order.setCryptoPayout(view);
        } else if (details instanceof com.cpay.platform.domain.order.PixPayoutDetails d) {
            order.setPixPayout(new PixPayoutDetails(text(d.terms().amount()), d.terms().amount().asset().code(),
                    d.terms().country(), PixAccountType.valueOf(d.accountType().name()), d.terms().toAccount().value()));
        } else if (details instanceof ExchangeDetails d) {
            CryptoExchangeDetails view = new CryptoExchangeDetails(d.sourceAmount().asset().code(),
                    text(d.sourceAmount()), d.targetCurrency().code());
            d.result().ifPresent(r -> {
                view.setTargetAmount(text(r.targetAmount()));
                view.setExchangeRate(r.rate().toWireString());
                view.setFee(text(r.fee()));
            });
            order.setCryptoExchange(view);
        }
        return order;
    }

    private static CpayRejection rejection(com.cpay.platform.domain.order.CpayRejection r) {
        CpayRejection view = new CpayRejection(r.code(), utc(r.at()));
        Optional.ofNullable(r.msg()).filter(msg -> !msg.isBlank()).ifPresent(view::setCpayMsg);
        Optional.ofNullable(r.traceId()).filter(id -> !id.isBlank()).ifPresent(view::setTraceId);
        return view;
    }

    static OrderPage page(ListOrdersUseCase.Result result) {
        OrderPage page = new OrderPage(result.orders().stream().map(Views::order).toList(),
                result.nextCursor().isPresent());
        result.nextCursor().ifPresent(page::setNextCursor);
        return page;
    }

    /**
     * A direct card payment as recorded. For a retry that took over the key of a call that died, the 3DS page of the
     * lost answer is there only if it was recorded before the process died.
     */
    static CardPaymentResult cardPayment(OrderSnapshot order) {
        CardPaymentDetails details = (CardPaymentDetails) order.details();
        var amount = details.amount();
        CardPaymentResult view = new CardPaymentResult(order.merchantTradeNo().value(), status(order.status()),
                CardPaymentCurrency.fromValue(amount.charged().asset().code()), amount.requested().toPlainString(),
                amount.charged().toPlainString(), amount.roundedOff().toPlainString(), amount.wasRounded(),
                details.card().value());
        order.cpayOrderId().ifPresent(id -> view.setCpayOrderId(id.value()));
        details.redirect().ifPresent(redirect -> {
            redirect.pageData().ifPresent(view::setPageData);
            redirect.redirectUrl().flatMap(Views::uri).ifPresent(view::setRedirectUrl);
        });
        return view;
    }

    static KycBatchResult kyc(SubmitKycBatchUseCase.Result r) {
        return new KycBatchResult(r.result().submitted(), r.result().accepted(), r.result().isPartial());
    }

    static Quote quote(QuoteUseCase.Result r) {
        var q = r.quote();
        Quote view = new Quote(q.source().code(), q.target().code(), purchaseType(q.purchaseType()),
                text(q.amount()), channel(q.channel()), q.rate().toWireString());
        q.amountExchanged().map(BigDecimal::toPlainString).ifPresent(view::setAmountExchanged);
        return view;
    }

    /** Constant by constant: the generated enum's names drop the {@code BY_} of the values it writes. */
    private static PurchaseType purchaseType(com.cpay.platform.domain.quote.model.PurchaseType type) {
        return switch (type) {
            case BY_SOURCE_AMOUNT -> PurchaseType.SOURCE_AMOUNT;
            case BY_TARGET_AMOUNT -> PurchaseType.TARGET_AMOUNT;
        };
    }

    private static QuoteChannel channel(com.cpay.platform.domain.quote.model.QuoteChannel channel) {
        return switch (channel) {
            case CRYPTO -> QuoteChannel.CRYPTO;
            case CARD -> QuoteChannel.CARD;
        };
    }

    static BalanceList balances(GetBalancesUseCase.Result r) {
        return new BalanceList(r.balances().stream().map(b -> new Balance(b.currency(),
                b.available().toPlainString(), b.frozen().toPlainString())).toList());
    }

    static DepositAddressList addresses(GetDepositAddressesUseCase.Result r) {
        return new DepositAddressList(r.userId().value(), r.addresses().stream()
                .map(a -> new DepositAddress(a.currency(), a.network().wireName(), a.address())).toList());
    }

    static OrderStatus status(com.cpay.platform.domain.order.OrderStatus status) {
        return OrderStatus.valueOf(status.name());
    }

    private static StatusChange change(com.cpay.platform.domain.order.StatusChange c) {
        ReportedStatus reported = c.code().status().map(s -> ReportedStatus.valueOf(s.name()))
                .orElse(ReportedStatus.UNKNOWN);
        return new StatusChange(status(c.from()), status(c.to()), c.code().raw(), reported,
                EventSource.valueOf(c.source().name()), ReportOutcome.valueOf(c.outcome().name()), utc(c.at()));
    }

    /** Fiat keeps its 2 decimals; crypto drops trailing zeros. */
    static String text(Money money) {
        return money.asset().isFiat() ? money.toPlainString() : money.toWireString();
    }

    static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            LOG.warn("a URL C-Pay sent is not a valid URI and is left out of the answer");
            return Optional.empty();
        }
    }
}

package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.generated.model.CreditCardExchangeRateQuote;
import com.cpay.platform.adapter.http.generated.model.ExchangeRateQuote;
import com.cpay.platform.adapter.http.generated.model.ExchangeRequest;
import com.cpay.platform.adapter.http.generated.model.ExchangeResponse;
import com.cpay.platform.adapter.http.generated.model.GetExchangeRateForCreditCardResponse;
import com.cpay.platform.adapter.http.generated.model.GetExchangeRateResponse;
import com.cpay.platform.adapter.http.generated.model.ExchangeResult;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.exchange.ExchangeAccepted;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.quote.model.QuoteRequest;
import com.cpay.platform.domain.quote.model.ExchangeRate;
import com.cpay.platform.domain.quote.model.Quote;
import com.cpay.platform.domain.quote.model.QuoteChannel;

import java.math.BigDecimal;
import java.util.Optional;

/** exchange (s.10), getExchangeRate (s.7) and getExchangeRateForCreditCard (s.8). Rates are kept as written. */
final class ExchangeHttpGateway implements CpayExchangeGateway {

    private static final String EXCHANGE = "exchange";
    private static final String RATE = "getExchangeRate";
    private static final String CARD_RATE = "getExchangeRateForCreditCard";

    private final CpayCalls calls;
    private final Submissions submissions;

    ExchangeHttpGateway(CpayCalls calls, Submissions submissions) {
        this.calls = calls;
        this.submissions = submissions;
    }

    @Override
    public ExchangeAccepted exchange(Order order) {
        ExchangeDetails details = WireValues.details(order, ExchangeDetails.class, EXCHANGE);
        Asset target = details.targetCurrency();
        ExchangeRequest wire = new ExchangeRequest()
                .userId(order.userId().value())
                .merchantTradeNo(order.merchantTradeNo().value())
                .createTime(WireValues.time(order.createdAt()))
                .sourceCurrency(details.sourceAmount().asset().code())
                .sourceAmount(details.sourceAmount().toWireString())
                .targetCurrency(target.code());
        return submissions.submit(EXCHANGE, order, calls.signForm(wire),
                p -> {
                    ExchangeResponse r = calls.call(EXCHANGE, p, ExchangeResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> new ExchangeAccepted(result(data == null ? new ExchangeResult() : data, target),
                        Optional.empty()),
                ExchangeHttpGateway::notRecoverable);
    }

    @Override
    public Quote quote(QuoteRequest request) {
        WireParams.Signed signed = calls.sign(calls.params()
                .with("sourceCurrency", request.source().code())
                .with("targetCurrency", request.target().code())
                // required, so sent even as "0"; a refusal for its signature is asked again under the other
                // reading of "empty" by CpayCalls.query (docs/decisions.md, decision 21)
                .with("purchaseType", Integer.toString(request.purchaseType().wireCode()))
                .with("amount", request.amount().toWireString()));
        if (request.channel() == QuoteChannel.CARD) {
            Envelope<CreditCardExchangeRateQuote> answer = calls.query(CARD_RATE, signed, p -> {
                GetExchangeRateForCreditCardResponse r = calls.call(CARD_RATE, p,
                        GetExchangeRateForCreditCardResponse.class);
                return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
            });
            return calls.read(CARD_RATE, answer, d -> quote(request,
                    d == null ? null : Answers.text(d.getExchangeRate()),
                    d == null ? Optional.empty() : Answers.decimal("amountExchanged", d.getAmountExchanged())), false);
        }
        Envelope<ExchangeRateQuote> answer = calls.query(RATE, signed, p -> {
            GetExchangeRateResponse r = calls.call(RATE, p, GetExchangeRateResponse.class);
            return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
        });
        return calls.read(RATE, answer,
                d -> quote(request, d == null ? null : Answers.text(d.getExchangeRate()), Optional.empty()), false);
    }

    private static Quote quote(QuoteRequest request, String rate, Optional<BigDecimal> exchanged) {
        return new Quote(request.source(), request.target(), request.purchaseType(), request.amount(),
                ExchangeRate.parse(rate), exchanged, request.channel());
    }

    private static com.cpay.platform.domain.quote.model.ExchangeResult result(ExchangeResult d, Asset target) {
        if (Answers.text(d.getTargetCurrency()).map(code -> !code.equalsIgnoreCase(target.code())).orElse(false)) {
            throw CpayCallException.of(Kind.INVALID_DATA, EXCHANGE,
                    "C-Pay's answer to exchange names another targetCurrency than " + target.code());
        }
        return new com.cpay.platform.domain.quote.model.ExchangeResult(target,
                Answers.requiredMoney(EXCHANGE, "targetAmount", d.getTargetAmount(), target),
                ExchangeRate.parse(Answers.text(d.getExchangeRate())),
                Answers.requiredMoney(EXCHANGE, "fee", d.getFee(), target));
    }

    // getOrderDetail reports no rate: a lost exchange answer cannot be rebuilt from the order
    private static ExchangeAccepted notRecoverable(OrderReport report) {
        throw CpayCallException.of(Kind.INVALID_DATA, EXCHANGE, "C-Pay has exchange order "
                + report.cpayOrderId().map(Object::toString).orElse("(no orderId)")
                + ", but its rate and amounts were only in the lost answer");
    }
}

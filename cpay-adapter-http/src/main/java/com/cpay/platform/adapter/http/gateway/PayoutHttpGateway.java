package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequest;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequestAccountType;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequestPayoutChannel;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderResponse;
import com.cpay.platform.adapter.http.generated.model.FiatPayoutOrder;
import com.cpay.platform.adapter.http.generated.model.PayoutOrder;
import com.cpay.platform.adapter.http.generated.model.WithdrawRequest;
import com.cpay.platform.adapter.http.generated.model.WithdrawResponse;
import com.cpay.platform.adapter.http.wire.WireStatusCode;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.payout.CryptoPayoutRequest;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.payout.PixPayoutRequest;

import java.util.Optional;

/** withdraw (s.4) and createFiatPayoutOrder over PIX (s.5). */
final class PayoutHttpGateway implements CpayPayoutGateway {

    private static final String WITHDRAW = "withdraw";
    private static final String FIAT = "createFiatPayoutOrder";

    private final CpayCalls calls;
    private final Submissions submissions;

    PayoutHttpGateway(CpayCalls calls, Submissions submissions) {
        this.calls = calls;
        this.submissions = submissions;
    }

    @Override
    public PayoutAccepted requestCryptoPayout(CryptoPayoutRequest request) {
        Asset asset = request.amounts().totalAmount().asset();
        WithdrawRequest wire = new WithdrawRequest()
                .userId(request.userId().value())
                .merchantTradeNo(request.merchantTradeNo().value())
                .createTime(WireValues.time(request.createTime()))
                .cryptoCurrency(asset.code())
                .network(request.toAddress().network().wireName())
                .totalAmount(request.amounts().totalAmount().toWireString())
                .receivedAmount(request.amounts().receivedAmount().toWireString())
                .toAddress(request.toAddress().value())
                .callbackURL(WireValues.text(request.urls().callbackUrl()));
        return submissions.submit(WITHDRAW, request.merchantTradeNo(), calls.signForm(wire),
                p -> {
                    WithdrawResponse r = calls.call(WITHDRAW, p, WithdrawResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> data == null ? accepted(new PayoutOrder(), asset) : accepted(data, asset),
                report -> recovered(WITHDRAW, report, asset));
    }

    @Override
    public PayoutAccepted requestPixPayout(PixPayoutRequest request) {
        PixPayoutTerms terms = request.terms();
        Asset asset = terms.amount().asset();
        CreateFiatPayoutOrderRequest wire = new CreateFiatPayoutOrderRequest()
                .userId(request.userId().value())
                .merchantTradeNo(request.merchantTradeNo().value())
                .payoutChannel(CreateFiatPayoutOrderRequestPayoutChannel.PIX)
                .amount(terms.amount().toWireString())
                .currency(asset.code())
                .accountType(accountType(terms.toAccount().type()))
                .toAccount(terms.toAccount().value())
                .country(terms.country())
                .createTime(WireValues.time(request.createTime()))
                .callBackURL(WireValues.text(request.urls().callbackUrl()))
                .successURL(WireValues.text(request.urls().successUrl()))
                .failURL(WireValues.text(request.urls().failUrl()))
                .remark(request.remark().orElse(null));
        return submissions.submit(FIAT, request.merchantTradeNo(), calls.signForm(wire),
                p -> {
                    CreateFiatPayoutOrderResponse r = calls.call(FIAT, p, CreateFiatPayoutOrderResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> data == null ? fiatAccepted(new FiatPayoutOrder(), asset) : fiatAccepted(data, asset),
                report -> recovered(FIAT, report, asset));
    }

    private static CreateFiatPayoutOrderRequestAccountType accountType(PixAccountType type) {
        return switch (type) {
            case CPF_CNPJ -> CreateFiatPayoutOrderRequestAccountType.CPF_CNPJ;
            case EMAIL -> CreateFiatPayoutOrderRequestAccountType.EMAIL;
            case MOBILE -> CreateFiatPayoutOrderRequestAccountType.MOBILE;
            case RANDOM_KEY -> CreateFiatPayoutOrderRequestAccountType.RANDOM_KEY;
        };
    }

    private static PayoutAccepted accepted(PayoutOrder d, Asset asset) {
        return accepted(d.getOrderId(), d.getStatus(), asset, d.getOrderAmount(), d.getReceivedAmount(), d.getFee());
    }

    private static PayoutAccepted fiatAccepted(FiatPayoutOrder d, Asset asset) {
        return accepted(d.getOrderId(), d.getStatus(), asset, d.getOrderAmount(), d.getReceivedAmount(), d.getFee());
    }

    private static PayoutAccepted accepted(String orderId, WireStatusCode status, Asset asset, String orderAmount,
                                           String receivedAmount, String fee) {
        return new PayoutAccepted(Answers.orderId(orderId), Answers.status(status),
                Answers.money("orderAmount", orderAmount, asset), Answers.money("receivedAmount", receivedAmount, asset),
                Answers.money("fee", fee, asset));
    }

    private static PayoutAccepted recovered(String operation, OrderReport report, Asset asset) {
        ReportedAmounts amounts = report.amountsIn(asset);
        return new PayoutAccepted(Optional.of(Answers.recoveredOrderId(operation, report.cpayOrderId())),
                Answers.status(report.status()), amounts.get(AmountKind.ORDER_AMOUNT),
                amounts.get(AmountKind.RECEIVED_AMOUNT), amounts.get(AmountKind.FEE));
    }
}

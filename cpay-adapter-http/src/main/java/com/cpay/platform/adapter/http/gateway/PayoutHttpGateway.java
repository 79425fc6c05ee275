package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequestAccountType;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequestPayoutChannel;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderResponse;
import com.cpay.platform.adapter.http.generated.model.FiatPayoutOrder;
import com.cpay.platform.adapter.http.generated.model.PayoutOrder;
import com.cpay.platform.adapter.http.generated.model.WithdrawResponse;
import com.cpay.platform.adapter.http.wire.WireStatusCode;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.order.ReportedAmounts;
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
        WireParams.Signed signed = calls.sign(calls.params()
                .with("userId", request.userId().value())
                .with("merchantTradeNo", request.merchantTradeNo().value())
                .withTime("createTime", request.createTime())
                .with("cryptoCurrency", asset.code())
                .with("network", request.toAddress().network().wireName())
                .with("totalAmount", request.amounts().totalAmount().toWireString())
                .with("receivedAmount", request.amounts().receivedAmount().toWireString())
                .with("toAddress", request.toAddress().value())
                .with("callbackURL", request.urls().callbackUrl()));
        return submissions.submit(WITHDRAW, request.merchantTradeNo(), signed,
                p -> {
                    WithdrawResponse r = calls.api().withdraw(p.get("merchantId"), p.get("userId"),
                            p.get("merchantTradeNo"), p.get("createTime"), p.get("cryptoCurrency"), p.get("network"),
                            p.get("totalAmount"), p.get("receivedAmount"), p.get("toAddress"), p.get("sign"),
                            p.get("callbackURL"));
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> data == null ? accepted(new PayoutOrder(), asset) : accepted(data, asset),
                report -> recovered(WITHDRAW, report, asset));
    }

    @Override
    public PayoutAccepted requestPixPayout(PixPayoutRequest request) {
        PixPayoutTerms terms = request.terms();
        Asset asset = terms.amount().asset();
        WireParams.Signed signed = calls.sign(calls.params()
                .with("userId", request.userId().value())
                .with("merchantTradeNo", request.merchantTradeNo().value())
                .with("payoutChannel", PixPayoutTerms.PAYOUT_CHANNEL)
                .with("amount", terms.amount().toWireString())
                .with("currency", asset.code())
                .with("accountType", Integer.toString(terms.toAccount().accountTypeCode()))
                .with("toAccount", terms.toAccount().value())
                .with("country", terms.country())
                .withTime("createTime", request.createTime())
                .with("callBackURL", request.urls().callbackUrl())
                .with("successURL", request.urls().successUrl())
                .with("failURL", request.urls().failUrl())
                .with("remark", request.remark()));
        var channel = WireValues.oneOf("payoutChannel", signed.get("payoutChannel"),
                CreateFiatPayoutOrderRequestPayoutChannel::fromValue, "1, 2");
        var accountType = WireValues.oneOf("accountType", signed.get("accountType"),
                CreateFiatPayoutOrderRequestAccountType::fromValue, "1, 2, 3, 4");
        return submissions.submit(FIAT, request.merchantTradeNo(), signed,
                p -> {
                    CreateFiatPayoutOrderResponse r = calls.api().createFiatPayoutOrder(p.get("merchantId"),
                            p.get("userId"), p.get("merchantTradeNo"), channel, p.get("amount"), p.get("currency"),
                            accountType, p.get("toAccount"), p.get("country"), p.get("createTime"), p.get("sign"),
                            p.get("accountCode"), p.get("callBackURL"), p.get("successURL"), p.get("failURL"),
                            p.get("remark"), p.get("extInfo"));
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> data == null ? fiatAccepted(new FiatPayoutOrder(), asset) : fiatAccepted(data, asset),
                report -> recovered(FIAT, report, asset));
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

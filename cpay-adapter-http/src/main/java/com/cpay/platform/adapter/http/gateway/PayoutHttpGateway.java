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
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.payout.PayoutAccepted;

import java.util.Optional;
import com.cpay.platform.domain.shared.GatewayText;

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
    public PayoutAccepted requestCryptoPayout(Order order, OrderUrls urls) {
        CryptoPayoutDetails details = WireValues.details(order, CryptoPayoutDetails.class, WITHDRAW);
        CryptoAddress toAddress = details.checkedAddress();
        CryptoPayoutAmounts amounts = details.amounts();
        Asset asset = amounts.totalAmount().asset();
        WithdrawRequest wire = new WithdrawRequest()
                .userId(order.userId().value())
                .merchantTradeNo(order.merchantTradeNo().value())
                .createTime(WireValues.time(order.createdAt()))
                .cryptoCurrency(asset.code())
                .network(toAddress.network().wireName())
                .totalAmount(amounts.totalAmount().toWireString())
                .receivedAmount(amounts.receivedAmount().toWireString())
                .toAddress(toAddress.value())
                .callbackURL(WireValues.text(urls.callbackUrl()));
        return submissions.submit(WITHDRAW, order, calls.signForm(wire),
                p -> {
                    WithdrawResponse r = calls.call(WITHDRAW, p, WithdrawResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> data == null ? accepted(new PayoutOrder(), asset) : accepted(data, asset),
                report -> recovered(WITHDRAW, report, asset));
    }

    @Override
    public PayoutAccepted requestPixPayout(Order order, OrderUrls urls, Optional<String> remark) {
        PixPayoutTerms terms = WireValues.details(order, PixPayoutDetails.class, FIAT).terms();
        Asset asset = terms.amount().asset();
        CreateFiatPayoutOrderRequest wire = new CreateFiatPayoutOrderRequest()
                .userId(order.userId().value())
                .merchantTradeNo(order.merchantTradeNo().value())
                .payoutChannel(CreateFiatPayoutOrderRequestPayoutChannel.PIX)
                .amount(terms.amount().toWireString())
                .currency(asset.code())
                .accountType(accountType(terms.toAccount().type()))
                .toAccount(terms.toAccount().value())
                .country(terms.country())
                .createTime(WireValues.time(order.createdAt()))
                .callBackURL(WireValues.text(urls.callbackUrl()))
                .successURL(WireValues.text(urls.successUrl()))
                .failURL(WireValues.text(urls.failUrl()))
                .remark(GatewayText.nonBlank(remark).orElse(null));
        return submissions.submit(FIAT, order, calls.signForm(wire),
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

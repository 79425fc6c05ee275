package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardRequest;
import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardRequestCurrency;
import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardRequestLanuage;
import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardResponse;
import com.cpay.platform.adapter.http.generated.model.CreditCardOrder;
import com.cpay.platform.adapter.http.generated.model.PwppRequest;
import com.cpay.platform.adapter.http.generated.model.PwppRequestCurrency;
import com.cpay.platform.adapter.http.generated.model.PwppRequestStoreCc;
import com.cpay.platform.adapter.http.generated.model.PwppResponse;
import com.cpay.platform.adapter.http.generated.model.PwppResult;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.DirectCardPaymentRequest;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.card.HostedCardOrderRequest;
import com.cpay.platform.domain.shared.GatewayRejectedException;

import java.util.Optional;

/**
 * createOrderByCreditCard (s.14) and pwpp (s.12). Card number, CVV and expiry go into the signed form and
 * nowhere else: not into logs, not into exceptions; a refusal whose {@code msg} echoes them is redacted.
 */
final class CardHttpGateway implements CpayCardGateway {

    private static final String HOSTED = "createOrderByCreditCard";
    private static final String DIRECT = "pwpp";

    private final CpayCalls calls;
    private final Submissions submissions;

    CardHttpGateway(CpayCalls calls, Submissions submissions) {
        this.calls = calls;
        this.submissions = submissions;
    }

    @Override
    public HostedCardOrder createHostedCardOrder(HostedCardOrderRequest request) {
        Asset asset = request.amount().asset();
        CreateOrderByCreditCardRequest wire = new CreateOrderByCreditCardRequest()
                .merchantTradeNo(request.merchantTradeNo().value())
                .userId(request.userId().value())
                .currency(WireValues.oneOf("currency", asset.code(), CreateOrderByCreditCardRequestCurrency.class))
                .amount(request.amount().toWireString())
                .products(ProductsJson.write(request.products()))
                .country(request.country())
                .email(request.email())
                .ip(request.ip())
                .lanuage(WireValues.oneOf("language", request.language().orElse(null),
                        CreateOrderByCreditCardRequestLanuage.class))
                .callBackURL(WireValues.text(request.urls().callbackUrl()))
                .successURL(WireValues.text(request.urls().successUrl()))
                .failURL(WireValues.text(request.urls().failUrl()))
                .extInfo(request.extInfo().orElse(null))
                .createTime(WireValues.time(request.createTime()));
        return submissions.submit(HOSTED, request.merchantTradeNo(), calls.signForm(wire),
                p -> {
                    CreateOrderByCreditCardResponse r = calls.call(HOSTED, p, CreateOrderByCreditCardResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> hostedOrder(data == null ? new CreditCardOrder() : data, asset),
                report -> new HostedCardOrder(Answers.recoveredOrderId(HOSTED, report.cpayOrderId()),
                        Optional.empty(), Answers.status(report.status()), report.amountsIn(asset), Optional.empty()));
    }

    @Override
    public DirectCardPaymentResult payByCard(DirectCardPaymentRequest request) {
        PwppRequest wire = new PwppRequest()
                .merchantTradeNo(request.merchantTradeNo().value())
                .lang(request.language().orElse(null))
                .userId(request.userId().value())
                // storeCc=0 is the default and is not sent: PHP SDKs would not sign "0" (docs/decisions.md, decision 21)
                .storeCc(request.storeCard() ? PwppRequestStoreCc.STORE : null)
                .ccStorageID(request.ccStorageId().orElse(null))
                .firstName(request.cardholder().firstName())
                .lastName(request.cardholder().lastName())
                .email(request.cardholder().email())
                .iddCode(request.cardholder().iddCode())
                .mobile(request.cardholder().mobile())
                .addressLine(request.billingAddress().addressLine())
                .country(request.billingAddress().country())
                .city(request.billingAddress().city())
                .zip(request.billingAddress().zip())
                .cardNumber(request.card().number())
                .cvv(request.card().cvv())
                .expDate(request.card().expDate())
                .ip(request.browser().ip())
                .currency(WireValues.oneOf("currency", request.amount().asset().code(), PwppRequestCurrency.class))
                .amount(request.amount().toWireString())
                .products(ProductsJson.write(request.products()))
                .payChannel(request.payChannel().orElse(null))
                .clientHTTPAccept(request.browser().httpAccept())
                .clientHTTPUserAgent(request.browser().httpUserAgent())
                .callbackURL(WireValues.text(request.urls().callbackUrl()))
                .successURL(WireValues.text(request.urls().successUrl()))
                .failURL(WireValues.text(request.urls().failUrl()))
                .createTime(WireValues.time(request.createTime()));
        try {
            return submissions.submit(DIRECT, request.merchantTradeNo(), calls.signForm(wire),
                    p -> {
                        PwppResponse r = calls.call(DIRECT, p, PwppResponse.class);
                        return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                    },
                    CardHttpGateway::paymentResult,
                    report -> new DirectCardPaymentResult(report.cpayOrderId(), Optional.empty(), Optional.empty()));
        } catch (GatewayRejectedException refused) {
            throw redacted(refused, request.card());
        }
    }

    private HostedCardOrder hostedOrder(CreditCardOrder d, Asset asset) {
        if (calls.answerVerifier() != null) {
            AnswerSignature.verify(HOSTED, d, calls.answerVerifier());
        }
        return new HostedCardOrder(Answers.requiredOrderId(HOSTED, d.getOrderId()), Answers.text(d.getCashierURL()),
                Answers.status(d.getOrderStatus()),
                Answers.amounts(asset, d.getOrderAmount(), d.getReceivedAmount(), d.getPledgeAmount(), d.getFee()),
                Answers.text(d.getSign()));
    }

    private static DirectCardPaymentResult paymentResult(PwppResult d) {
        if (d == null) {
            return new DirectCardPaymentResult(Optional.empty(), Optional.empty(), Optional.empty());
        }
        Optional<String> page = Answers.text(d.getPageData());
        Optional<String> url = Answers.text(d.getRedirectURL());
        Optional<CardRedirect> redirect = page.isEmpty() && url.isEmpty()
                ? Optional.empty() : Optional.of(new CardRedirect(page, url));
        return new DirectCardPaymentResult(Answers.orderId(d.getOrderId()), redirect, Answers.text(d.getCcStorageID()));
    }

    // C-Pay's msg is its own text; should it ever echo the card, the card does not travel further
    private static GatewayRejectedException redacted(GatewayRejectedException refused, CardData card) {
        String msg = refused.gatewayMessage().orElse(null);
        if (msg == null) {
            return refused;
        }
        String clean = msg;
        for (String secret : new String[] {card.number(), card.cvv(), card.expDate()}) {
            if (secret != null && clean.contains(secret)) {
                clean = clean.replace(secret, "[redacted]");
            }
        }
        return clean.equals(msg) ? refused
                : new GatewayRejectedException(refused.code(), clean, refused.traceId().orElse(null));
    }
}

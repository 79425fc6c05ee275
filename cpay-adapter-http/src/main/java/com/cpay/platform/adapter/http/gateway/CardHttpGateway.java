package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardRequestCurrency;
import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardRequestLanuage;
import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardResponse;
import com.cpay.platform.adapter.http.generated.model.CreditCardOrder;
import com.cpay.platform.adapter.http.generated.model.PwppRequestCurrency;
import com.cpay.platform.adapter.http.generated.model.PwppRequestStoreCc;
import com.cpay.platform.adapter.http.generated.model.PwppResponse;
import com.cpay.platform.adapter.http.generated.model.PwppResult;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.order.CardRedirect;
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
        WireParams.Signed signed = calls.sign(calls.params()
                .with("merchantTradeNo", request.merchantTradeNo().value())
                .with("userId", request.userId().value())
                .with("currency", asset.code())
                .with("amount", request.amount().toWireString())
                .with("products", ProductsJson.write(request.products()))
                .with("country", request.country())
                .with("email", request.email())
                .with("ip", request.ip())
                .with("lanuage", request.language())
                .with("callBackURL", request.urls().callbackUrl())
                .with("successURL", request.urls().successUrl())
                .with("failURL", request.urls().failUrl())
                .with("extInfo", request.extInfo())
                .withTime("createTime", request.createTime()));
        var currency = WireValues.oneOf("currency", signed.get("currency"),
                CreateOrderByCreditCardRequestCurrency::fromValue, "USD, EUR, BRL");
        var language = WireValues.oneOf("language", signed.get("lanuage"),
                CreateOrderByCreditCardRequestLanuage::fromValue, "en-US, ru-RU");
        return submissions.submit(HOSTED, request.merchantTradeNo(), signed,
                p -> {
                    CreateOrderByCreditCardResponse r = calls.api().createOrderByCreditCard(p.get("merchantId"),
                            p.get("merchantTradeNo"), p.get("userId"), currency, p.get("amount"), p.get("products"),
                            p.get("country"), p.get("email"), p.get("ip"), p.get("createTime"), p.get("sign"),
                            language, p.get("callBackURL"), p.get("successURL"), p.get("failURL"), p.get("extInfo"));
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> hostedOrder(data == null ? new CreditCardOrder() : data, asset),
                report -> new HostedCardOrder(Answers.recoveredOrderId(HOSTED, report.cpayOrderId()),
                        Optional.empty(), Answers.status(report.status()), report.amountsIn(asset), Optional.empty()));
    }

    @Override
    public DirectCardPaymentResult payByCard(DirectCardPaymentRequest request) {
        WireParams.Signed signed = calls.sign(calls.params()
                .with("merchantTradeNo", request.merchantTradeNo().value())
                .with("lang", request.language())
                .with("userId", request.userId().value())
                // storeCc=0 is the default and is not sent: PHP SDKs would not sign "0" (docs/decisions.md, decision 21)
                .withOptional("storeCc", request.storeCard() ? "1" : "0")
                .with("ccStorageID", request.ccStorageId())
                .with("firstName", request.cardholder().firstName())
                .with("lastName", request.cardholder().lastName())
                .with("email", request.cardholder().email())
                .with("iddCode", request.cardholder().iddCode())
                .with("mobile", request.cardholder().mobile())
                .with("addressLine", request.billingAddress().addressLine())
                .with("country", request.billingAddress().country())
                .with("city", request.billingAddress().city())
                .with("zip", request.billingAddress().zip())
                .with("cardNumber", request.card().number())
                .with("cvv", request.card().cvv())
                .with("expDate", request.card().expDate())
                .with("ip", request.browser().ip())
                .with("currency", request.amount().asset().code())
                .with("amount", request.amount().toWireString())
                .with("products", ProductsJson.write(request.products()))
                .with("payChannel", request.payChannel())
                .with("clientHTTPAccept", request.browser().httpAccept())
                .with("clientHTTPUserAgent", request.browser().httpUserAgent())
                .with("callbackURL", request.urls().callbackUrl())
                .with("successURL", request.urls().successUrl())
                .with("failURL", request.urls().failUrl())
                .withTime("createTime", request.createTime()));
        var currency = WireValues.oneOf("currency", signed.get("currency"), PwppRequestCurrency::fromValue, "USD, EUR");
        var storeCc = WireValues.oneOf("storeCc", signed.get("storeCc"), PwppRequestStoreCc::fromValue, "0, 1");
        try {
            return submissions.submit(DIRECT, request.merchantTradeNo(), signed,
                    p -> {
                        PwppResponse r = calls.api().pwpp(p.get("merchantId"), p.get("merchantTradeNo"),
                                p.get("userId"), p.get("firstName"), p.get("lastName"), p.get("email"),
                                p.get("iddCode"), p.get("mobile"), p.get("addressLine"), p.get("country"),
                                p.get("city"), p.get("zip"), p.get("cardNumber"), p.get("cvv"), p.get("expDate"),
                                p.get("ip"), currency, p.get("amount"), p.get("products"), p.get("clientHTTPAccept"),
                                p.get("clientHTTPUserAgent"), p.get("createTime"), p.get("sign"), p.get("lang"),
                                storeCc, p.get("ccStorageID"), p.get("payChannel"), p.get("callbackURL"),
                                p.get("successURL"), p.get("failURL"));
                        return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                    },
                    CardHttpGateway::paymentResult,
                    report -> new DirectCardPaymentResult(report.cpayOrderId(), Optional.empty(), Optional.empty()));
        } catch (GatewayRejectedException refused) {
            throw redacted(refused, signed);
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
    private static GatewayRejectedException redacted(GatewayRejectedException refused, WireParams.Signed sent) {
        String msg = refused.gatewayMessage().orElse(null);
        if (msg == null) {
            return refused;
        }
        String clean = msg;
        for (String secret : new String[] {sent.get("cardNumber"), sent.get("cvv"), sent.get("expDate")}) {
            if (secret != null && clean.contains(secret)) {
                clean = clean.replace(secret, "[redacted]");
            }
        }
        return clean.equals(msg) ? refused
                : new GatewayRejectedException(refused.code(), clean, refused.traceId().orElse(null));
    }
}

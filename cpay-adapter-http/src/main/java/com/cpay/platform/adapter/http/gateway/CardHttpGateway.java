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
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.Order;
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
    public HostedCardOrder createHostedCardOrder(Order order, HostedCheckout checkout) {
        Asset asset = WireValues.details(order, HostedCardDetails.class, HOSTED).currency();
        CreateOrderByCreditCardRequest wire = new CreateOrderByCreditCardRequest()
                .merchantTradeNo(order.merchantTradeNo().value())
                .userId(order.userId().value())
                .currency(WireValues.oneOf("currency", asset.code(), CreateOrderByCreditCardRequestCurrency.class))
                .amount(order.requestedAmount().orElseThrow().toWireString())
                .products(ProductsJson.write(checkout.products()))
                .country(checkout.country())
                .email(checkout.email())
                .ip(checkout.ip())
                .lanuage(WireValues.oneOf("language", checkout.language().orElse(null),
                        CreateOrderByCreditCardRequestLanuage.class))
                .callBackURL(WireValues.text(checkout.urls().callbackUrl()))
                .successURL(WireValues.text(checkout.urls().successUrl()))
                .failURL(WireValues.text(checkout.urls().failUrl()))
                .extInfo(checkout.extInfo().orElse(null))
                .createTime(WireValues.time(order.createdAt()));
        return submissions.submit(HOSTED, order, calls.signForm(wire),
                p -> {
                    CreateOrderByCreditCardResponse r = calls.call(HOSTED, p, CreateOrderByCreditCardResponse.class);
                    return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                },
                data -> hostedOrder(data == null ? new CreditCardOrder() : data, asset),
                report -> new HostedCardOrder(Answers.recoveredOrderId(HOSTED, report.cpayOrderId()),
                        Optional.empty(), Answers.status(report.status()), report.amountsIn(asset), Optional.empty()));
    }

    @Override
    public DirectCardPaymentResult payByCard(Order order, CardData card, DirectCheckout checkout) {
        Money charged = WireValues.details(order, CardPaymentDetails.class, DIRECT).amount().charged();
        PwppRequest wire = new PwppRequest()
                .merchantTradeNo(order.merchantTradeNo().value())
                .lang(checkout.language().orElse(null))
                .userId(order.userId().value())
                // storeCc=0 is the default and is not sent: PHP SDKs would not sign "0" (docs/decisions.md, decision 21)
                .storeCc(checkout.storeCard() ? PwppRequestStoreCc.STORE : null)
                .ccStorageID(checkout.ccStorageId().orElse(null))
                .firstName(checkout.cardholder().firstName())
                .lastName(checkout.cardholder().lastName())
                .email(checkout.cardholder().email())
                .iddCode(checkout.cardholder().iddCode())
                .mobile(checkout.cardholder().mobile())
                .addressLine(checkout.billingAddress().addressLine())
                .country(checkout.billingAddress().country())
                .city(checkout.billingAddress().city())
                .zip(checkout.billingAddress().zip())
                .cardNumber(card.number())
                .cvv(card.cvv())
                .expDate(card.expDate())
                .ip(checkout.browser().ip())
                .currency(WireValues.oneOf("currency", charged.asset().code(), PwppRequestCurrency.class))
                .amount(charged.toWireString())
                .products(ProductsJson.write(checkout.products()))
                .payChannel(checkout.payChannel().orElse(null))
                .clientHTTPAccept(checkout.browser().httpAccept())
                .clientHTTPUserAgent(checkout.browser().httpUserAgent())
                .callbackURL(WireValues.text(checkout.urls().callbackUrl()))
                .successURL(WireValues.text(checkout.urls().successUrl()))
                .failURL(WireValues.text(checkout.urls().failUrl()))
                .createTime(WireValues.time(order.createdAt()));
        try {
            return submissions.submit(DIRECT, order, calls.signForm(wire),
                    p -> {
                        PwppResponse r = calls.call(DIRECT, p, PwppResponse.class);
                        return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
                    },
                    CardHttpGateway::paymentResult,
                    report -> new DirectCardPaymentResult(report.cpayOrderId(), Optional.empty(), Optional.empty()));
        } catch (GatewayRejectedException refused) {
            throw redacted(refused, card);
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

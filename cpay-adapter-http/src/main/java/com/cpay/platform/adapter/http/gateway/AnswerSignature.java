package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.gateway.CpayCallException.Kind;
import com.cpay.platform.adapter.http.generated.model.CreditCardOrder;
import com.cpay.platform.adapter.http.signing.SignatureVerifier;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code sign} of createOrderByCreditCard's answer (docs/decisions.md, decision 12): over every non-empty
 * {@code data} field but {@code sign}, values as written (numbers as their exact text), with the request
 * algorithm. Only the fields the spec declares are seen: the generated model drops unknown ones, so an answer
 * carrying an undeclared field would not verify (the spec would need {@code additionalProperties}).
 */
final class AnswerSignature {

    private AnswerSignature() {
    }

    static void verify(String operation, CreditCardOrder d, SignatureVerifier verifier) {
        Map<String, String> fields = new HashMap<>();
        fields.put("merchantId", Answers.text(d.getMerchantId()));
        fields.put("merchantTradeNo", d.getMerchantTradeNo());
        fields.put("orderId", d.getOrderId());
        fields.put("orderStatus", d.getOrderStatus() == null ? null : d.getOrderStatus().raw());
        fields.put("orderCurrency", d.getOrderCurrency());
        fields.put("orderAmount", d.getOrderAmount());
        fields.put("receivedAmount", d.getReceivedAmount());
        fields.put("pledgeAmount", d.getPledgeAmount());
        fields.put("fee", d.getFee());
        fields.put("cashierURL", d.getCashierURL());
        fields.put("successURL", d.getSuccessURL());
        fields.put("failURL", d.getFailURL());
        fields.put("sign", d.getSign());
        SignatureVerifier.Verification verdict = verifier.verify(fields);
        if (!verdict.valid()) {
            throw CpayCallException.of(Kind.INVALID_SIGNATURE, operation,
                    "the signature of C-Pay's answer to " + operation + " did not verify (" + verdict.reason() + ")");
        }
    }
}

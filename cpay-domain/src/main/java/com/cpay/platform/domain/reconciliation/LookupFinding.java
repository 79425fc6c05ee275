package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.order.AmountKind;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What C-Pay's getOrderDetail (s.9) said about a stored notification that matched no order of ours, kept on the
 * inbox entry for the reviewer. Never turned into an order.
 *
 * @param answer          whether C-Pay knew the order, or there was no key to ask by
 * @param status          C-Pay's status code, raw
 * @param merchantTradeNo the merchantTradeNo C-Pay has for it
 * @param amounts         the amounts as text, e.g. {@code actualAmount=10 receivedAmount=9.9 fee=0.1 currency=USDT}
 */
public record LookupFinding(Answer answer, Optional<String> status, Optional<MerchantTradeNo> merchantTradeNo,
                            Optional<String> amounts) {

    /** Longest amounts text kept. */
    public static final int MAX_AMOUNTS_LENGTH = 500;

    public LookupFinding {
        Checks.required("answer", answer);
        status = GatewayText.nonBlank(status);
        merchantTradeNo = Objects.requireNonNullElse(merchantTradeNo, Optional.empty());
        amounts = GatewayText.nonBlank(amounts).map(text -> text.length() <= MAX_AMOUNTS_LENGTH ? text
                : text.substring(0, MAX_AMOUNTS_LENGTH));
    }

    /** What getOrderDetail's answer amounted to. */
    public enum Answer {
        /** C-Pay reported the order. */
        FOUND,
        /** C-Pay answered that it has no such order (not proof that it never existed: docs/decisions.md, decision 25). */
        NOT_FOUND,
        /** The notification carried no key C-Pay could be asked by: nobody was asked. */
        NO_KEY
    }

    /** C-Pay's report. */
    public static LookupFinding found(OrderReport report) {
        Objects.requireNonNull(report, "report");
        return new LookupFinding(Answer.FOUND, Optional.of(report.status().raw()), report.merchantTradeNo(),
                Optional.of(amountsText(report)));
    }

    /** C-Pay does not know the order. */
    public static LookupFinding notFound() {
        return new LookupFinding(Answer.NOT_FOUND, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Nothing to ask by. */
    public static LookupFinding noKey() {
        return new LookupFinding(Answer.NO_KEY, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static String amountsText(OrderReport report) {
        StringJoiner text = new StringJoiner(" ");
        for (Map.Entry<AmountKind, BigDecimal> e : report.amounts().entrySet()) {
            text.add(e.getKey().wireName() + "=" + e.getValue().toPlainString());
        }
        report.currency().ifPresent(currency -> text.add("currency=" + currency));
        return text.toString();
    }
}

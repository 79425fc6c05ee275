package com.cpay.platform.domain.quote.model;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violations;

/**
 * What a crypto exchange produced (s.10 answer): the amount of the target asset the user gets, the rate
 * applied and the fee, which s.10 states is in the target currency. All taken from C-Pay's answer, none
 * computed from the rate.
 *
 * @param target       the asset received ({@code targetCurrency})
 * @param targetAmount what the user gets, non-negative, in {@code target}
 * @param rate         the rate applied, as returned
 * @param fee          C-Pay's fee, non-negative, in {@code target}
 */
public record ExchangeResult(Asset target, Money targetAmount, ExchangeRate rate, Money fee) {

    public ExchangeResult {
        Checks.required("targetCurrency", target);
        Checks.required("targetAmount", targetAmount);
        Checks.required(ExchangeRate.FIELD, rate);
        Checks.required("fee", fee);
        Violations violations = new Violations();
        checkAmount(violations, "targetAmount", targetAmount, target);
        checkAmount(violations, "fee", fee, target);
        violations.throwIfAny();
    }

    /**
     * Reads C-Pay's answer fields, reporting every problem at once.
     *
     * @throws ValidationException on {@code targetAmount}, {@code exchangeRate}, {@code fee}
     */
    public static ExchangeResult of(Asset target, String targetAmount, String exchangeRate, String fee) {
        Checks.required("targetCurrency", target);
        Violations violations = new Violations();
        var amount = violations.check(() -> Money.parse("targetAmount", targetAmount, target));
        var rate = violations.check(() -> ExchangeRate.parse(exchangeRate));
        var feeMoney = violations.check(() -> Money.parse("fee", fee, target));
        violations.throwIfAny();
        return new ExchangeResult(target, amount.orElseThrow(), rate.orElseThrow(), feeMoney.orElseThrow());
    }

    private static void checkAmount(Violations violations, String field, Money money, Asset target) {
        if (!money.asset().equals(target)) {
            violations.add(field, Money.ASSET_MISMATCH, field + " must be in the target currency " + target.code());
        } else if (money.isNegative()) {
            violations.add(field, "negative", field + " must not be negative");
        }
    }
}

package com.cpay.platform.domain.payout.model;

import org.jmolecules.ddd.annotation.ValueObject;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violations;

/**
 * The two amounts of a crypto payout (s.4): {@code totalAmount} the user withdraws and {@code receivedAmount}
 * that reaches the address. Both positive, of one crypto asset, and the user can never receive more than
 * is withdrawn. Every problem is reported at once.
 *
 * @param totalAmount    what the user withdraws
 * @param receivedAmount what arrives at the address, at most {@code totalAmount}
 */
@ValueObject
public record CryptoPayoutAmounts(Money totalAmount, Money receivedAmount) {

    public CryptoPayoutAmounts {
        Checks.required("totalAmount", totalAmount);
        Checks.required("receivedAmount", receivedAmount);
        Violations violations = new Violations();
        if (!totalAmount.asset().isCrypto()) {
            violations.add("totalAmount", "crypto-required", "totalAmount must be a crypto asset");
        }
        if (!totalAmount.isPositive()) {
            violations.add("totalAmount", "positive", "totalAmount must be greater than zero");
        }
        if (!receivedAmount.isPositive()) {
            violations.add("receivedAmount", "positive", "receivedAmount must be greater than zero");
        }
        if (!receivedAmount.asset().equals(totalAmount.asset())) {
            violations.add("receivedAmount", Money.ASSET_MISMATCH,
                    "receivedAmount must be in the asset of totalAmount");
        } else if (receivedAmount.isGreaterThan(totalAmount)) {
            violations.add("receivedAmount", "exceeds-total", "receivedAmount must not exceed totalAmount");
        }
        violations.throwIfAny();
    }

    /**
     * Reads both amounts as text in one asset, reporting every problem at once.
     *
     * @throws ValidationException on {@code totalAmount} and {@code receivedAmount}
     */
    public static CryptoPayoutAmounts of(String totalAmount, String receivedAmount, Asset asset) {
        Violations violations = new Violations();
        var total = violations.check(() -> Money.parse("totalAmount", totalAmount, asset));
        var received = violations.check(() -> Money.parse("receivedAmount", receivedAmount, asset));
        violations.throwIfAny();
        return new CryptoPayoutAmounts(total.orElseThrow(), received.orElseThrow());
    }

    /** What the user withdraws but does not receive: {@code totalAmount - receivedAmount}, never negative. */
    public Money difference() {
        return totalAmount.minus(receivedAmount);
    }
}

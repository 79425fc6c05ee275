package com.cpay.platform.sandbox.pricing;

import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.rules.Assets;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The fee rules (README "Fees"). The crypto payout (withdraw) has none here: its fee is totalAmount -
 * receivedAmount, as the merchant asks (docs/decisions.md, decision 26). PIX payout: fixed + percent of the amount, 2 decimals half-up; orderAmount = amount + fee. Card: percent of
 * the amount, 2 decimals half-up, kept from what the merchant receives. Exchange: percent of the gross target
 * amount, in the target asset. Deposit: percent of the amount (0 by default).
 */
@Singleton
public class Fees {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal pixFixed;
    private final BigDecimal pixPercent;
    private final BigDecimal cardPercent;
    private final BigDecimal exchangePercent;
    private final BigDecimal depositPercent;

    public Fees(SandboxConfig config) {
        SandboxConfig.Fees fees = config.getFees();
        pixFixed = new BigDecimal(fees.getPixFixed());
        pixPercent = new BigDecimal(fees.getPixPercent());
        cardPercent = new BigDecimal(fees.getCardPercent());
        exchangePercent = new BigDecimal(fees.getExchangePercent());
        depositPercent = new BigDecimal(fees.getDepositPercent());
    }

    public BigDecimal pix(BigDecimal amount) {
        return pixFixed.add(percent(amount, pixPercent)).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal card(BigDecimal amount) {
        return percent(amount, cardPercent).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal exchange(BigDecimal grossTarget, String targetAsset) {
        return percent(grossTarget, exchangePercent).setScale(Assets.scale(targetAsset), RoundingMode.HALF_UP);
    }

    public BigDecimal deposit(BigDecimal amount, String asset) {
        return percent(amount, depositPercent).setScale(Assets.scale(asset), RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED);
    }
}

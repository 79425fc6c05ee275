package com.cpay.platform.domain.money;

import org.jmolecules.ddd.annotation.ValueObject;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A card (pwpp) amount after C-Pay's documented round-down to 2 decimals, with what was asked and what
 * was dropped, so the caller can be told the amount actually charged.
 *
 * @param charged    what will be sent and charged, 2 decimals
 * @param requested  the amount asked for, exactly as written
 * @param roundedOff {@code requested - charged}, between 0 inclusive and 0.01 exclusive
 * @param wasRounded whether anything was dropped
 */
@ValueObject
public record RoundedCardAmount(Money charged, BigDecimal requested, BigDecimal roundedOff, boolean wasRounded) {

    public RoundedCardAmount {
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(roundedOff, "roundedOff");
        if (requested.subtract(roundedOff).compareTo(charged.amount()) != 0) {
            throw new IllegalArgumentException("requested - roundedOff must equal charged");
        }
        if (roundedOff.signum() < 0 || roundedOff.compareTo(CardAmount.ONE_CENT) >= 0) {
            throw new IllegalArgumentException("a round-down removes at least 0 and less than 0.01");
        }
        if (wasRounded != (roundedOff.signum() != 0)) {
            throw new IllegalArgumentException("wasRounded must say whether anything was rounded off");
        }
    }
}

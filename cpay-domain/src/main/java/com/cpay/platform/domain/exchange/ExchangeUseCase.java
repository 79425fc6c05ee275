package com.cpay.platform.domain.exchange;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user exchanges one currency for another at C-Pay's rate (exchange, s.10). */
@PrimaryPort
public interface ExchangeUseCase {

    /**
     * Records the exchange as PENDING, asks C-Pay to do it, and records the result (COMPLETED) from C-Pay's
     * answer; amounts are never computed from the rate.
     *
     * @return the exchange as stored, with C-Pay's target amount, rate and fee in its details when C-Pay exchanged
     *         into the currency asked (otherwise it is flagged for review, and the note says what C-Pay did)
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted exchange(Command command);

    /**
     * An exchange.
     *
     * @param merchantTradeNo the caller's order number; one is generated when absent
     * @param userId          the user exchanging
     * @param sourceAmount    what the user gives, positive
     * @param targetCurrency  what the user wants, another asset
     */
    record Command(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money sourceAmount,
                   Asset targetCurrency) {

        public Command {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            Violations v = new Violations();
            CommandRules.required(v, UserId.FIELD, userId);
            CommandRules.required(v, "sourceAmount", sourceAmount);
            CommandRules.positive(v, "sourceAmount", sourceAmount);
            if (CommandRules.required(v, "targetCurrency", targetCurrency) && sourceAmount != null
                    && sourceAmount.asset().equals(targetCurrency)) {
                v.add("targetCurrency", "same-currency", "targetCurrency must differ from the source currency");
            }
            v.throwIfAny();
        }
    }
}

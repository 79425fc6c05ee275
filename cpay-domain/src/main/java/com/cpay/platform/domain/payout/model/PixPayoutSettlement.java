package com.cpay.platform.domain.payout.model;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.ConflictException;
import java.util.Objects;

/**
 * The amounts C-Pay reports for a PIX payout (s.5 answer), checked to add up:
 * {@code orderAmount = receivedAmount + fee} (the example: 5.5 = 5 + 0.5). An answer that does not add up is
 * a {@link ConflictException} naming the three amounts, never silently stored.
 *
 * @param orderAmount    the total of the order, payout plus fee
 * @param receivedAmount what the user receives
 * @param fee            C-Pay's fee
 */
public record PixPayoutSettlement(Money orderAmount, Money receivedAmount, Money fee) {

    public PixPayoutSettlement {
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(receivedAmount, "receivedAmount");
        Objects.requireNonNull(fee, "fee");
        if (!orderAmount.asset().equals(receivedAmount.asset()) || !orderAmount.asset().equals(fee.asset())) {
            throw conflict("are not in one currency", orderAmount, receivedAmount, fee);
        }
        if (fee.isNegative() || receivedAmount.isNegative()) {
            throw conflict("include a negative amount", orderAmount, receivedAmount, fee);
        }
        if (!orderAmount.equals(receivedAmount.plus(fee))) {
            throw conflict("do not add up (orderAmount must equal receivedAmount + fee)",
                    orderAmount, receivedAmount, fee);
        }
    }

    /**
     * Confirms C-Pay pays out the amount requested (s.5: {@code amount} is what the user receives).
     *
     * @return this settlement
     * @throws ConflictException when receivedAmount differs from the requested amount
     */
    public PixPayoutSettlement confirmReceived(Money requested) {
        if (!receivedAmount.equals(requested)) {
            throw new ConflictException("C-Pay reported receivedAmount " + receivedAmount
                    + " for a PIX payout of " + requested);
        }
        return this;
    }

    private static ConflictException conflict(String problem, Money order, Money received, Money fee) {
        return new ConflictException("C-Pay's PIX payout amounts " + problem + ": orderAmount " + order
                + ", receivedAmount " + received + ", fee " + fee);
    }
}

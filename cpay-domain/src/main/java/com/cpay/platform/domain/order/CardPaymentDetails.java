package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.RoundedCardAmount;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A direct (pwpp) card payment's own facts. Only the masked card number is kept: the full number, CVV
 * and expiry date pass through to C-Pay and are never stored (docs/decisions.md, decision 11).
 *
 * @param card        the masked card number
 * @param amount      the amount as asked and as charged after the documented round-down (docs/decisions.md, decision 10)
 * @param redirect    where the holder goes next, until the browser has been sent there
 * @param ccStorageId C-Pay's id of the stored card ({@code ccStorageID}), when the card was stored
 */
public record CardPaymentDetails(
        MaskedPan card,
        RoundedCardAmount amount,
        Optional<CardRedirect> redirect,
        Optional<String> ccStorageId) implements OrderDetails {

    /** pwpp charges USD and EUR only. */
    public static final Set<Asset> CURRENCIES = Set.of(Asset.USD, Asset.EUR);

    public CardPaymentDetails {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(redirect, "redirect");
        Objects.requireNonNull(ccStorageId, "ccStorageId");
        ccStorageId = ccStorageId.filter(id -> !id.isBlank());
    }

    /** A card payment before C-Pay answered. */
    public static CardPaymentDetails of(MaskedPan card, RoundedCardAmount amount) {
        return new CardPaymentDetails(card, amount, Optional.empty(), Optional.empty());
    }

    public CardPaymentDetails withRedirect(CardRedirect value) {
        return new CardPaymentDetails(card, amount, Optional.of(value), ccStorageId);
    }

    /** The same details once the holder has been sent on: the page is no longer needed. */
    public CardPaymentDetails withoutRedirect() {
        return new CardPaymentDetails(card, amount, Optional.empty(), ccStorageId);
    }

    public CardPaymentDetails withCcStorageId(String value) {
        return new CardPaymentDetails(card, amount, redirect, Optional.ofNullable(value));
    }

    @Override
    public OrderKind kind() {
        return OrderKind.DIRECT_CARD;
    }

    @Override
    public Asset reportingAsset() {
        return amount.charged().asset();
    }

    // The stored-card id lets the merchant charge the card again: it stays out of logs.
    @Override
    public String toString() {
        return "CardPaymentDetails[card=" + card + ", charged=" + amount.charged() + ", redirect="
                + redirect.map(CardRedirect::toString).orElse("none")
                + ", ccStorageId=" + (ccStorageId.isPresent() ? "present" : "none") + "]";
    }
}

package com.cpay.platform.domain.order;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as asked for, before it is recorded: the order-creating use cases take it, give it its merchantTradeNo
 * (when the caller gave none) and its creation time, and open the {@link Order} from it
 * ({@link Order#open(MerchantTradeNo, NewOrder, java.time.Instant)}). What is sent with the order but never kept
 * (URLs, extInfo, a checkout's buyer, card data) is not part of it.
 *
 * <p>Built by one factory per kind, which checks what that kind needs and reports every problem at once, under the
 * field names of the API ({@code userId}, {@code amount}, {@code toAddress} ...).
 *
 * @param merchantTradeNo the caller's order number; one is generated when absent
 * @param userId          the user the order is for
 * @param amount          the amount asked for, as the order will keep it
 * @param details         the kind's own facts, before C-Pay answered
 * @param <D>             the kind's details
 */
public record NewOrder<D extends OrderDetails>(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                                               D details) {

    public NewOrder {
        merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(details, "details");
        if (!amount.equals(held(details).orElse(amount)) || !amount.asset().equals(asked(details))) {
            throw new IllegalArgumentException("the amount asked is not the one the details hold");
        }
    }

    /** A crypto deposit (createOrder, s.13) of this positive amount of a crypto asset. */
    public static NewOrder<CryptoDepositDetails> cryptoDeposit(Optional<MerchantTradeNo> merchantTradeNo,
                                                               UserId userId, Money amount) {
        Violations v = start(userId);
        if (CommandRules.required(v, "amount", amount) && !amount.asset().isCrypto()) {
            v.add("cryptoCurrency", "crypto-required", "a deposit is in a crypto asset");
        }
        CommandRules.positive(v, "amount", amount);
        v.throwIfAny();
        return new NewOrder<>(merchantTradeNo, userId, amount, CryptoDepositDetails.of(amount.asset()));
    }

    /** A card payment on C-Pay's hosted page (createOrderByCreditCard, s.14), positive, in USD, EUR or BRL. */
    public static NewOrder<HostedCardDetails> hostedCard(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                                                         Money amount) {
        Violations v = start(userId);
        CommandRules.required(v, "amount", amount);
        CommandRules.oneOf(v, "amount", amount, HostedCardDetails.CURRENCIES);
        CommandRules.positive(v, "amount", amount);
        v.throwIfAny();
        return new NewOrder<>(merchantTradeNo, userId, amount, HostedCardDetails.of(amount.asset()));
    }

    /**
     * A direct card payment (pwpp, s.12) of the amount read with
     * {@link com.cpay.platform.domain.money.CardAmount#roundDown}, in USD or EUR, keeping only the masked card.
     */
    public static NewOrder<CardPaymentDetails> directCard(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                                                          RoundedCardAmount amount, MaskedPan card) {
        Violations v = start(userId);
        if (CommandRules.required(v, "amount", amount)) {
            CommandRules.oneOf(v, "amount", amount.charged(), CardPaymentDetails.CURRENCIES);
        }
        CommandRules.required(v, "card", card);
        v.throwIfAny();
        return new NewOrder<>(merchantTradeNo, userId, amount.charged(), CardPaymentDetails.of(card, amount));
    }

    /** A crypto withdrawal (withdraw, s.4) to an address plausible for its network. */
    public static NewOrder<CryptoPayoutDetails> cryptoPayout(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                                                             CryptoAddress toAddress, CryptoPayoutAmounts amounts) {
        Violations v = start(userId);
        CommandRules.required(v, CryptoAddress.FIELD, toAddress);
        CommandRules.required(v, "amounts", amounts);
        v.throwIfAny();
        return new NewOrder<>(merchantTradeNo, userId, amounts.totalAmount(),
                CryptoPayoutDetails.of(toAddress, amounts));
    }

    /** A PIX payout (createFiatPayoutOrder, s.5): BRL to a PIX key valid for its type. */
    public static NewOrder<PixPayoutDetails> pixPayout(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                                                       PixPayoutTerms terms) {
        Violations v = start(userId);
        CommandRules.required(v, "terms", terms);
        v.throwIfAny();
        return new NewOrder<>(merchantTradeNo, userId, terms.amount(), new PixPayoutDetails(terms));
    }

    /** An exchange (s.10) of a positive source amount into another currency. */
    public static NewOrder<ExchangeDetails> exchange(Optional<MerchantTradeNo> merchantTradeNo, UserId userId,
                                                     Money sourceAmount, Asset targetCurrency) {
        Violations v = start(userId);
        CommandRules.required(v, "sourceAmount", sourceAmount);
        CommandRules.positive(v, "sourceAmount", sourceAmount);
        if (CommandRules.required(v, "targetCurrency", targetCurrency) && sourceAmount != null
                && sourceAmount.asset().equals(targetCurrency)) {
            v.add("targetCurrency", "same-currency", "targetCurrency must differ from the source currency");
        }
        v.throwIfAny();
        return new NewOrder<>(merchantTradeNo, userId, sourceAmount, ExchangeDetails.of(sourceAmount, targetCurrency));
    }

    private static Violations start(UserId userId) {
        Violations v = new Violations();
        CommandRules.required(v, UserId.FIELD, userId);
        return v;
    }

    // The details of these kinds hold the amount asked themselves; a deposit's and a hosted payment's hold its asset.
    private static Optional<Money> held(OrderDetails details) {
        if (details instanceof CardPaymentDetails card) {
            return Optional.of(card.amount().charged());
        }
        if (details instanceof CryptoPayoutDetails payout) {
            return Optional.of(payout.amounts().totalAmount());
        }
        if (details instanceof PixPayoutDetails pix) {
            return Optional.of(pix.terms().amount());
        }
        if (details instanceof ExchangeDetails exchange) {
            return Optional.of(exchange.sourceAmount());
        }
        return Optional.empty();
    }

    private static Asset asked(OrderDetails details) {
        return details instanceof ExchangeDetails exchange ? exchange.sourceAmount().asset() : details.reportingAsset();
    }
}

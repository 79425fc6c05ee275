package com.cpay.platform.domain.card;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A buyer pays by card on the merchant's own page, with 3DS (pwpp, s.12). */
@PrimaryPort
public interface PayByCardDirectUseCase {

    /**
     * Records the payment (masked card only) as PENDING with the rounded-down amount, then charges the card.
     *
     * @return the payment as stored: the masked card, the amount asked and charged, and the 3DS or result page
     *         when C-Pay sent one. The payment's outcome arrives later (webhook, order query)
     *
     * @throws com.cpay.platform.domain.shared.ValidationException when the card has expired (field
     *         {@code expDate}, rule {@code expired})
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted payByCardDirect(Command command);

    /**
     * A direct card payment. The amount is the one read with
     * {@link com.cpay.platform.domain.money.CardAmount#roundDown}: what was asked and what will be charged.
     * {@link #toString()} shows no card data.
     *
     * @param merchantTradeNo the caller's order number; one is generated when absent
     * @param userId          the paying user
     * @param amount          asked and charged (2 decimals, rounded down), USD or EUR
     * @param card            the card, passed through to C-Pay only
     * @param cardholder      names, e-mail, phone
     * @param billingAddress  the card's billing address
     * @param browser         the holder's browser (3DS)
     * @param products        the goods sold, 1 to 100 lines
     * @param storeCard       whether C-Pay should store the card on success
     * @param ccStorageId     a stored card to charge
     * @param language        page language ({@code lang}), at most 16 characters
     * @param payChannel      C-Pay's payment channel, at most 16 characters
     * @param urls            optional callback, success and fail URLs
     */
    record Command(
            Optional<MerchantTradeNo> merchantTradeNo,
            UserId userId,
            RoundedCardAmount amount,
            CardData card,
            Cardholder cardholder,
            BillingAddress billingAddress,
            BrowserClient browser,
            List<ProductLine> products,
            boolean storeCard,
            Optional<String> ccStorageId,
            Optional<String> language,
            Optional<String> payChannel,
            OrderUrls urls) {

        /** pwpp charges USD and EUR only. */
        public static final Set<Asset> CURRENCIES = Set.of(Asset.USD, Asset.EUR);

        public Command {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            products = products == null ? null : List.copyOf(products);
            ccStorageId = CommandRules.orEmpty(ccStorageId).filter(id -> !id.isBlank());
            language = CommandRules.orEmpty(language).filter(text -> !text.isBlank());
            payChannel = CommandRules.orEmpty(payChannel).filter(text -> !text.isBlank());
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            Violations v = new Violations();
            CommandRules.required(v, UserId.FIELD, userId);
            if (CommandRules.required(v, "amount", amount)) {
                CommandRules.oneOf(v, "amount", amount.charged(), CURRENCIES);
            }
            CommandRules.required(v, "card", card);
            CommandRules.required(v, "cardholder", cardholder);
            CommandRules.required(v, "billingAddress", billingAddress);
            CommandRules.required(v, "browser", browser);
            if (products == null || products.isEmpty()) {
                v.add("products", Checks.REQUIRED, "products needs at least one line");
            } else if (products.size() > PayByCardHostedUseCase.Command.MAX_PRODUCTS) {
                v.add("products", "max-size", "products holds at most 100 lines");
            }
            CommandRules.optionalText(v, "ccStorageId", ccStorageId, 128);
            CommandRules.optionalText(v, "language", language, 16);
            CommandRules.optionalText(v, "payChannel", payChannel, 16);
            v.throwIfAny();
        }

        @Override
        public String toString() {
            return "Command[merchantTradeNo=" + merchantTradeNo.map(MerchantTradeNo::value).orElse("new")
                    + ", amount=" + (amount == null ? "none" : amount.charged()) + ", card=" + card + "]";
        }
    }
}

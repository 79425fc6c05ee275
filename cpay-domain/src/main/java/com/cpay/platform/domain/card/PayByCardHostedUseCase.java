package com.cpay.platform.domain.card;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.EmailRule;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A buyer wants to pay by card on C-Pay's hosted page (createOrderByCreditCard, s.14). */
@PrimaryPort
public interface PayByCardHostedUseCase {

    /**
     * Records the card order as PENDING, then asks C-Pay for the payment page.
     *
     * @return the card order as stored (C-Pay may close one at once), with the payment page when C-Pay answered
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted payByCardHosted(Command command);

    /**
     * A card payment on C-Pay's page.
     *
     * @param merchantTradeNo the caller's order number; one is generated when absent
     * @param userId          the paying user
     * @param amount          positive, in USD, EUR or BRL
     * @param products        the goods sold, 1 to {@value #MAX_PRODUCTS} lines
     * @param country         the buyer's ISO 3166-1 alpha-2 country code, upper case
     * @param email           the buyer's e-mail
     * @param ip              the buyer's IPv4 or IPv6 address
     * @param language        {@code en-US} or {@code ru-RU}; the browser's language when absent
     * @param urls            optional callback, success and fail URLs
     * @param extInfo         optional merchant extension data for C-Pay, the text of one JSON object ({@link ExtInfo});
     *                        an empty text is none
     */
    record Command(
            Optional<MerchantTradeNo> merchantTradeNo,
            UserId userId,
            Money amount,
            List<ProductLine> products,
            String country,
            String email,
            String ip,
            Optional<String> language,
            OrderUrls urls,
            Optional<String> extInfo) {

        /** The currencies createOrderByCreditCard charges in. */
        public static final Set<Asset> CURRENCIES = Set.of(Asset.USD, Asset.EUR, Asset.BRL);
        /** The page languages C-Pay documents. */
        public static final Set<String> LANGUAGES = Set.of("en-US", "ru-RU");
        /** Most product lines accepted. */
        public static final int MAX_PRODUCTS = 100;

        private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

        public Command {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            products = products == null ? null : List.copyOf(products);
            language = CommandRules.orEmpty(language);
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            extInfo = ExtInfo.orEmpty(extInfo);
            Violations v = new Violations();
            CommandRules.required(v, UserId.FIELD, userId);
            CommandRules.required(v, "amount", amount);
            CommandRules.oneOf(v, "amount", amount, CURRENCIES);
            CommandRules.positive(v, "amount", amount);
            if (products == null || products.isEmpty()) {
                v.add("products", Checks.REQUIRED, "products needs at least one line");
            } else if (products.size() > MAX_PRODUCTS) {
                v.add("products", "max-size", "products holds at most " + MAX_PRODUCTS + " lines");
            }
            if (country == null || country.isBlank()) {
                v.add("country", Checks.REQUIRED, "country is required");
            } else if (!COUNTRIES.contains(country)) {
                v.add("country", "iso-country", "country must be an ISO 3166-1 alpha-2 code in upper case");
            }
            if (email == null || email.isBlank()) {
                v.add("email", Checks.REQUIRED, "email is required");
            } else if (!EmailRule.isPlausible(email)) {
                v.add("email", "email", "email must be an e-mail address");
            }
            v.verify(() -> IpAddress.requireV4OrV6("ip", ip));
            if (language.isPresent() && !LANGUAGES.contains(language.get())) {
                v.add("language", "unknown-language", "language must be en-US or ru-RU");
            }
            ExtInfo.check(v, extInfo);
            v.throwIfAny();
        }

        /** A card order without extension data. */
        public Command(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                       List<ProductLine> products, String country, String email, String ip,
                       Optional<String> language, OrderUrls urls) {
            this(merchantTradeNo, userId, amount, products, country, email, ip, language, urls, Optional.empty());
        }
    }
}

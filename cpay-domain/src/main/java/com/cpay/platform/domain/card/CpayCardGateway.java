package com.cpay.platform.domain.card;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.EmailRule;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import com.cpay.platform.domain.shared.Violations;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * C-Pay's card acquiring: the hosted payment page (createOrderByCreditCard, s.14) and host-to-host payment
 * with 3DS (pwpp, s.12). Each takes the order as recorded PENDING (user, amount; its creation time is the
 * request's createTime) and, beside it, what the shop's checkout sends that the order does not keep. Implementations
 * never log, store or echo the {@link CardData} of a direct payment.
 */
@SecondaryPort
public interface CpayCardGateway {

    /**
     * Opens a card order whose card data the user types on C-Pay's page.
     *
     * @param order a hosted card payment ({@link com.cpay.platform.domain.order.HostedCardDetails})
     * @throws IllegalArgumentException    when the order is no hosted card payment
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0}: no order was created
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    HostedCardOrder createHostedCardOrder(Order order, HostedCheckout checkout);

    /**
     * Charges a card directly, the amount the order charges (already rounded down to 2 decimals, docs/decisions.md,
     * decision 10). The answer says where the card holder goes next (3DS challenge or straight to the success/fail
     * page); the payment's result arrives later by webhook or order query.
     *
     * @param order a direct card payment ({@link com.cpay.platform.domain.order.CardPaymentDetails})
     * @param card  the card data, passed through to C-Pay: the order keeps only the masked number
     * @throws IllegalArgumentException    when the order is no direct card payment
     * @throws GatewayRejectedException    when C-Pay answers {@code code != 0} (e.g. 90751015 "pay fail")
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    DirectCardPaymentResult payByCard(Order order, CardData card, DirectCheckout checkout);

    /**
     * What createOrderByCreditCard sends beside the order: the shop's checkout, checked with every problem reported
     * at once under the API's field names.
     *
     * @param products the goods sold, 1 to {@value #MAX_PRODUCTS} lines
     * @param country  the buyer's ISO 3166-1 alpha-2 country code, upper case
     * @param email    the buyer's e-mail
     * @param ip       the buyer's IPv4 or IPv6 address
     * @param language the payment page language, {@code en-US} or {@code ru-RU} (wire name {@code lanuage}); the
     *                 browser's language when absent
     * @param urls     optional callback, success and fail URLs; null is none
     * @param extInfo  merchant extension data, the text of one JSON object ({@link ExtInfo}; docs/decisions.md,
     *                 decision 23); an empty text is none and is not sent
     */
    record HostedCheckout(List<ProductLine> products, String country, String email, String ip,
                          Optional<String> language, OrderUrls urls, Optional<String> extInfo) {

        /** The page languages C-Pay documents. */
        public static final Set<String> LANGUAGES = Set.of("en-US", "ru-RU");
        /** Most product lines accepted. */
        public static final int MAX_PRODUCTS = 100;

        private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

        public HostedCheckout {
            products = products == null ? null : List.copyOf(products);
            language = CommandRules.orEmpty(language);
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            extInfo = ExtInfo.orEmpty(extInfo);
            Violations v = new Violations();
            checkProducts(v, products);
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

        /** A checkout without extension data. */
        public HostedCheckout(List<ProductLine> products, String country, String email, String ip,
                              Optional<String> language, OrderUrls urls) {
            this(products, country, email, ip, language, urls, Optional.empty());
        }

        static void checkProducts(Violations v, List<ProductLine> products) {
            if (products == null || products.isEmpty()) {
                v.add("products", Checks.REQUIRED, "products needs at least one line");
            } else if (products.size() > MAX_PRODUCTS) {
                v.add("products", "max-size", "products holds at most " + MAX_PRODUCTS + " lines");
            }
        }
    }

    /**
     * What pwpp sends beside the order and the card data: the shop's checkout, checked with every problem reported
     * at once.
     *
     * @param cardholder     names, e-mail and phone of the card holder
     * @param billingAddress the card's billing address
     * @param browser        the holder's browser (3DS)
     * @param products       the goods sold, 1 to 100 lines
     * @param storeCard      whether C-Pay should store the card on success ({@code storeCc=1})
     * @param ccStorageId    a stored card to charge instead ({@code ccStorageID}), at most 128 characters
     * @param language       the page language ({@code lang}), at most 16 characters
     * @param payChannel     C-Pay's payment channel ({@code payChannel}), at most 16 characters
     * @param urls           optional callback, success and fail URLs; null is none
     */
    record DirectCheckout(Cardholder cardholder, BillingAddress billingAddress, BrowserClient browser,
                          List<ProductLine> products, boolean storeCard, Optional<String> ccStorageId,
                          Optional<String> language, Optional<String> payChannel, OrderUrls urls) {

        public DirectCheckout {
            products = products == null ? null : List.copyOf(products);
            ccStorageId = GatewayText.nonBlank(ccStorageId);
            language = GatewayText.nonBlank(language);
            payChannel = GatewayText.nonBlank(payChannel);
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            Violations v = new Violations();
            CommandRules.required(v, "cardholder", cardholder);
            CommandRules.required(v, "billingAddress", billingAddress);
            CommandRules.required(v, "browser", browser);
            HostedCheckout.checkProducts(v, products);
            CommandRules.optionalText(v, "ccStorageId", ccStorageId, 128);
            CommandRules.optionalText(v, "language", language, 16);
            CommandRules.optionalText(v, "payChannel", payChannel, 16);
            v.throwIfAny();
        }

        // The stored-card id lets someone charge the card, and the holder's data is personal: neither appears here.
        @Override
        public String toString() {
            return "DirectCheckout[storeCard=" + storeCard + ", ccStorageId="
                    + (ccStorageId.isPresent() ? "present" : "none") + "]";
        }
    }
}

package com.cpay.platform.domain.card;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.List;
import java.util.Optional;

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
     * What createOrderByCreditCard sends beside the order. Business rules (country code, e-mail, ip, language) are
     * the use case command's; this keeps only what every request needs.
     *
     * @param products the goods sold, at least one line
     * @param country  the buyer's ISO 3166-1 country code
     * @param email    the buyer's e-mail
     * @param ip       the buyer's IPv4 or IPv6 address
     * @param language the payment page language ({@code en-US}, {@code ru-RU}; wire name {@code lanuage})
     * @param urls     the callback, success and fail URLs
     * @param extInfo  merchant extension data, the text of one JSON object ({@link ExtInfo}; docs/decisions.md,
     *                 decision 23); an empty text is none and is not sent
     */
    record HostedCheckout(List<ProductLine> products, String country, String email, String ip,
                          Optional<String> language, OrderUrls urls, Optional<String> extInfo) {

        public HostedCheckout {
            products = List.copyOf(Checks.required("products", products));
            Checks.required("country", country);
            Checks.required("email", email);
            Checks.required("ip", ip);
            language = GatewayText.nonBlank(language);
            Checks.required("urls", urls);
            extInfo = ExtInfo.orEmpty(extInfo);
            extInfo.ifPresent(ExtInfo::require);
        }
    }

    /**
     * What pwpp sends beside the order and the card data.
     *
     * @param cardholder     names, e-mail and phone of the card holder
     * @param billingAddress the card's billing address
     * @param browser        the holder's browser (3DS)
     * @param products       the goods sold, at least one line
     * @param storeCard      whether C-Pay should store the card on success ({@code storeCc=1})
     * @param ccStorageId    a stored card to charge instead ({@code ccStorageID})
     * @param language       the page language ({@code lang})
     * @param payChannel     C-Pay's payment channel ({@code payChannel})
     * @param urls           the callback, success and fail URLs
     */
    record DirectCheckout(Cardholder cardholder, BillingAddress billingAddress, BrowserClient browser,
                          List<ProductLine> products, boolean storeCard, Optional<String> ccStorageId,
                          Optional<String> language, Optional<String> payChannel, OrderUrls urls) {

        public DirectCheckout {
            Checks.required("cardholder", cardholder);
            Checks.required("billingAddress", billingAddress);
            Checks.required("browser", browser);
            products = List.copyOf(Checks.required("products", products));
            ccStorageId = GatewayText.nonBlank(ccStorageId);
            language = GatewayText.nonBlank(language);
            payChannel = GatewayText.nonBlank(payChannel);
            Checks.required("urls", urls);
        }

        // The stored-card id lets someone charge the card, and the holder's data is personal: neither appears here.
        @Override
        public String toString() {
            return "DirectCheckout[storeCard=" + storeCard + ", ccStorageId="
                    + (ccStorageId.isPresent() ? "present" : "none") + "]";
        }
    }
}

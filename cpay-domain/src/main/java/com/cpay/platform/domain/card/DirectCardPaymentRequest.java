package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What pwpp (s.12) sends. The amount is the one already rounded down to 2 decimals (docs/decisions.md, decision 10);
 * the card data is passed through and must not outlive the call.
 *
 * @param merchantTradeNo our order number
 * @param userId          the paying user
 * @param amount          the amount charged, USD or EUR, 2 decimals ({@code amount} + {@code currency})
 * @param card            the card data, masked in {@link #toString()}
 * @param cardholder      names, e-mail and phone of the card holder
 * @param billingAddress  the card's billing address
 * @param browser         the holder's browser (3DS)
 * @param products        the goods sold, at least one line
 * @param storeCard       whether C-Pay should store the card on success ({@code storeCc=1})
 * @param ccStorageId     a stored card to charge instead ({@code ccStorageID})
 * @param language        the page language ({@code lang})
 * @param payChannel      C-Pay's payment channel ({@code payChannel})
 * @param urls            optional callback, success and fail URLs
 * @param createTime      the order time
 */
public record DirectCardPaymentRequest(
        MerchantTradeNo merchantTradeNo,
        UserId userId,
        Money amount,
        CardData card,
        Cardholder cardholder,
        BillingAddress billingAddress,
        BrowserClient browser,
        List<ProductLine> products,
        boolean storeCard,
        Optional<String> ccStorageId,
        Optional<String> language,
        Optional<String> payChannel,
        OrderUrls urls,
        Instant createTime) {

    public DirectCardPaymentRequest {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        Checks.required(UserId.FIELD, userId);
        Checks.required("amount", amount);
        Checks.required("card", card);
        Checks.required("cardholder", cardholder);
        Checks.required("billingAddress", billingAddress);
        Checks.required("browser", browser);
        products = List.copyOf(Checks.required("products", products));
        ccStorageId = GatewayText.nonBlank(ccStorageId);
        language = GatewayText.nonBlank(language);
        payChannel = GatewayText.nonBlank(payChannel);
        Checks.required("urls", urls);
        Checks.required("createTime", createTime);
    }

    // The card data and the stored-card id let someone charge the card: neither appears here.
    @Override
    public String toString() {
        return "DirectCardPaymentRequest[merchantTradeNo=" + merchantTradeNo + ", amount=" + amount
                + ", card=" + card + ", storeCard=" + storeCard
                + ", ccStorageId=" + (ccStorageId.isPresent() ? "present" : "none") + "]";
    }
}

package com.cpay.platform.domain.card;

import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What createOrderByCreditCard (s.14) sends. Business rules (currency USD/EUR/BRL, country code, e-mail, ip)
 * are checked by the use case's command before this is built.
 *
 * @param merchantTradeNo our order number
 * @param userId          the paying user
 * @param amount          the amount charged, a fiat amount ({@code amount} + {@code currency})
 * @param products        the goods sold, at least one line
 * @param country         the buyer's ISO 3166-1 country code
 * @param email           the buyer's e-mail
 * @param ip              the buyer's IPv4 or IPv6 address
 * @param language        the payment page language ({@code en-US}, {@code ru-RU}; wire name {@code lanuage})
 * @param urls            optional callback, success and fail URLs
 * @param extInfo         optional merchant extension data, the text of one JSON object ({@link ExtInfo};
 *                        {@code extInfo}, docs/decisions.md, decision 23); an empty text is none and is not sent
 * @param createTime      the order time
 */
public record HostedCardOrderRequest(
        MerchantTradeNo merchantTradeNo,
        UserId userId,
        Money amount,
        List<ProductLine> products,
        String country,
        String email,
        String ip,
        Optional<String> language,
        OrderUrls urls,
        Optional<String> extInfo,
        Instant createTime) {

    public HostedCardOrderRequest {
        Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        Checks.required(UserId.FIELD, userId);
        Checks.required("amount", amount);
        products = List.copyOf(Checks.required("products", products));
        Checks.required("country", country);
        Checks.required("email", email);
        Checks.required("ip", ip);
        language = GatewayText.nonBlank(language);
        Checks.required("urls", urls);
        extInfo = ExtInfo.orEmpty(extInfo);
        extInfo.ifPresent(ExtInfo::require);
        Checks.required("createTime", createTime);
    }

    /** A card order without extension data. */
    public HostedCardOrderRequest(MerchantTradeNo merchantTradeNo, UserId userId, Money amount,
                                  List<ProductLine> products, String country, String email, String ip,
                                  Optional<String> language, OrderUrls urls, Instant createTime) {
        this(merchantTradeNo, userId, amount, products, country, email, ip, language, urls, Optional.empty(),
                createTime);
    }
}

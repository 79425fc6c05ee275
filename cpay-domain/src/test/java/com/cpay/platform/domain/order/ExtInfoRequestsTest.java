package com.cpay.platform.domain.order;

import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.ProductLine;
import com.cpay.platform.domain.fake.FakePlatform;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * extInfo on what createOrder and createOrderByCreditCard send (docs/decisions.md, decision 23): a deposit's comes
 * is sent beside the order, a card order's travels in the checkout beside the order.
 */
class ExtInfoRequestsTest {

    private static final UserId USER = new UserId("u-1");
    private static final String EXT_INFO = "{\"cartId\":\"c-77\"}";

    private final FakePlatform platform = new FakePlatform();

    /** What a deposit sends to C-Pay as extInfo when asked with this one. */
    private Optional<String> deposit(Optional<String> extInfo) {
        platform.createDeposit().createDeposit(NewOrder.cryptoDeposit(Optional.empty(), USER,
                Money.parse("amount", "3", Asset.USDT)), OrderUrls.none(), extInfo);
        return platform.cpay.createDeposit.lastRequest().extInfo();
    }

    private static CpayCardGateway.HostedCheckout card(Optional<String> extInfo) {
        return new CpayCardGateway.HostedCheckout(List.of(new ProductLine("macBook", new BigDecimal("2"), 1, "USD")),
                "US", "a@b.co", "203.0.113.10", Optional.empty(), OrderUrls.none(), extInfo);
    }

    @Test
    void the_requests_carry_ext_info_as_given() {
        assertThat(deposit(Optional.of(EXT_INFO))).contains(EXT_INFO);
        assertThat(card(Optional.of(EXT_INFO)).extInfo()).contains(EXT_INFO);
    }

    @Test
    void null_or_empty_ext_info_is_none_and_the_short_constructors_send_none() {
        assertThat(deposit(null)).isEmpty();
        assertThat(deposit(Optional.of(""))).isEmpty();
        assertThat(card(null).extInfo()).isEmpty();
        assertThat(card(Optional.of("")).extInfo()).isEmpty();
        assertThat(new CpayCardGateway.HostedCheckout(
                List.of(new ProductLine("macBook", new BigDecimal("2"), 1, "USD")), "US", "a@b.co", "203.0.113.10",
                Optional.empty(), OrderUrls.none()).extInfo()).isEmpty();
    }

    @Test
    void a_request_never_carries_ext_info_that_breaks_the_rule() {
        assertRefused(() -> deposit(Optional.of("[]")), "extInfo", "json-object");
        assertThat(platform.cpay.createDeposit.calls()).isZero();
        assertRefused(() -> card(Optional.of("{\"k\":\"" + "x".repeat(260) + "\"}")), "extInfo", "max-length");
    }
}

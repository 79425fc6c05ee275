package com.cpay.platform.domain.order;

import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.ProductLine;
import com.cpay.platform.domain.deposit.CreateDepositUseCase;
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
 * from its command, a card order's travels in the checkout beside the order.
 */
class ExtInfoRequestsTest {

    private static final UserId USER = new UserId("u-1");
    private static final String EXT_INFO = "{\"cartId\":\"c-77\"}";

    private static CreateDepositUseCase.Command deposit(Optional<String> extInfo) {
        return new CreateDepositUseCase.Command(Optional.empty(), USER, Money.parse("amount", "3", Asset.USDT),
                OrderUrls.none(), extInfo);
    }

    private static CpayCardGateway.HostedCheckout card(Optional<String> extInfo) {
        return new CpayCardGateway.HostedCheckout(List.of(new ProductLine("macBook", new BigDecimal("2"), 1, "USD")),
                "US", "a@b.co", "203.0.113.10", Optional.empty(), OrderUrls.none(), extInfo);
    }

    @Test
    void the_requests_carry_ext_info_as_given() {
        assertThat(deposit(Optional.of(EXT_INFO)).extInfo()).contains(EXT_INFO);
        assertThat(card(Optional.of(EXT_INFO)).extInfo()).contains(EXT_INFO);
    }

    @Test
    void null_or_empty_ext_info_is_none_and_the_short_constructors_send_none() {
        assertThat(deposit(null).extInfo()).isEmpty();
        assertThat(deposit(Optional.of("")).extInfo()).isEmpty();
        assertThat(card(null).extInfo()).isEmpty();
        assertThat(card(Optional.of("")).extInfo()).isEmpty();
        assertThat(new CreateDepositUseCase.Command(Optional.empty(), USER, Money.parse("amount", "3", Asset.USDT),
                OrderUrls.none()).extInfo()).isEmpty();
    }

    @Test
    void a_request_never_carries_ext_info_that_breaks_the_rule() {
        assertRefused(() -> deposit(Optional.of("[]")), "extInfo", "json-object");
        assertRefused(() -> card(Optional.of("{\"k\":\"" + "x".repeat(260) + "\"}")), "extInfo", "max-length");
    }
}

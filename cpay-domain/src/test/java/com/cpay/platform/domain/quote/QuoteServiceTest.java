package com.cpay.platform.domain.quote;

import com.cpay.platform.domain.fake.Examples;
import static com.cpay.platform.domain.fake.Examples.usdt;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cpay.platform.domain.fake.FakePlatform;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.quote.model.PurchaseType;
import com.cpay.platform.domain.quote.model.QuoteChannel;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import org.junit.jupiter.api.Test;

class QuoteServiceTest {

    private final FakePlatform platform = new FakePlatform();
    private final QuoteService service = platform.quote();

    @Test
    void a_card_quote_returns_the_rate_exactly_as_cpay_wrote_it() {
        QuoteUseCase.Command command = new QuoteUseCase.Command(Asset.USD, Asset.ETH, PurchaseType.BY_SOURCE_AMOUNT,
                Money.parse("amount", "100", Asset.USD), QuoteChannel.CARD);

        QuoteUseCase.Result result = service.quote(command);

        assertThat(result.quote().rate().toWireString()).isEqualTo("2999.342");
        assertThat(result.quote().amountExchanged()).hasValueSatisfying(
                a -> assertThat(a.toPlainString()).isEqualTo("0.03334064604"));
        assertThat(platform.cpay.quote.lastRequest()).isEqualTo(command.toRequest());
        assertThat(platform.cpay.quote.lastRequest().channel()).isEqualTo(QuoteChannel.CARD);
    }

    @Test
    void a_quote_by_target_amount_names_the_amount_in_the_target_asset() {
        assertRefused(() -> new QuoteUseCase.Command(Asset.USDT, Asset.BTC, PurchaseType.BY_TARGET_AMOUNT, usdt("1"),
                QuoteChannel.CRYPTO), "amount", "asset-mismatch");
        assertRefused(() -> new QuoteUseCase.Command(Asset.USDT, Asset.USDT, PurchaseType.BY_SOURCE_AMOUNT, usdt("1"),
                QuoteChannel.CRYPTO), "targetCurrency", "same-asset");
        assertRefused(() -> new QuoteUseCase.Command(Asset.USDT, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, usdt("0"),
                QuoteChannel.CRYPTO), "amount", "positive");
        assertRefused(() -> new QuoteUseCase.Command(Asset.USDT, Asset.BTC, PurchaseType.BY_SOURCE_AMOUNT, usdt("1"),
                null), "channel", "required");
        assertThat(new QuoteUseCase.Command(Asset.USDT, Asset.BTC, PurchaseType.BY_TARGET_AMOUNT,
                Money.parse("a", "0.5", Asset.BTC), QuoteChannel.CRYPTO).amount().asset()).isEqualTo(Asset.BTC);
    }

    @Test
    void an_unreachable_cpay_is_reported_as_such() {
        platform.cpay.quote.timesOut();

        assertThatThrownBy(() -> service.quote(new QuoteUseCase.Command(Asset.USDT, Asset.BTC,
                PurchaseType.BY_SOURCE_AMOUNT, usdt("1"), QuoteChannel.CRYPTO)))
                .isInstanceOf(GatewayUnavailableException.class);
    }
}

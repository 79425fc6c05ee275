package com.cpay.platform.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of amounts as C-Pay writes them, over generated amounts of every catalogued asset (QuickTheories). */
class MoneyPropertiesTest {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;

    private record TextOfAsset(String text, Asset asset) {
    }

    @Test
    void writing_then_reading_an_amount_gives_it_back() {
        qt().withExamples(EXAMPLES).forAll(money()).checkAssert(money -> {
            assertThat(Money.parseSigned("amount", money.toWireString(), money.asset())).isEqualTo(money);
            assertThat(Money.parseSigned("amount", money.toPlainString(), money.asset())).isEqualTo(money);
            assertThat(money.toWireString()).doesNotContainIgnoringCase("e");
        });
    }

    @Test
    void reading_a_text_keeps_its_exact_value_at_the_asset_scale() {
        qt().withExamples(EXAMPLES).forAll(textAndAsset()).checkAssert(pair -> {
            Money money = Money.parse("amount", pair.text(), pair.asset());
            assertThat(money.amount().scale()).isEqualTo(pair.asset().scale());
            assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(pair.text()));
            assertThat(new BigDecimal(money.toWireString())).isEqualByComparingTo(pair.text());
        });
    }

    @Test
    void the_scale_of_an_asset_is_never_exceeded() {
        qt().withExamples(EXAMPLES).forAll(threeOfOneAsset()).checkAssert(m -> {
            int scale = m.get(0).asset().scale();
            assertThat(m.get(0).plus(m.get(1)).amount().scale()).isEqualTo(scale);
            assertThat(m.get(0).minus(m.get(1)).amount().scale()).isEqualTo(scale);
            assertThat(m.get(0).negated().amount().scale()).isEqualTo(scale);
        });
    }

    @Test
    void addition_is_associative_commutative_and_exact() {
        qt().withExamples(EXAMPLES).forAll(threeOfOneAsset()).checkAssert(m -> {
            assertThat(m.get(0).plus(m.get(1)).plus(m.get(2))).isEqualTo(m.get(0).plus(m.get(1).plus(m.get(2))));
            assertThat(m.get(0).plus(m.get(1))).isEqualTo(m.get(1).plus(m.get(0)));
            assertThat(m.get(0).plus(m.get(1)).amount()).isEqualByComparingTo(m.get(0).amount().add(m.get(1).amount()));
        });
    }

    @Test
    void subtracting_undoes_adding() {
        qt().withExamples(EXAMPLES).forAll(threeOfOneAsset()).checkAssert(m -> {
            assertThat(m.get(0).plus(m.get(1)).minus(m.get(1))).isEqualTo(m.get(0));
            assertThat(m.get(0).minus(m.get(1)).plus(m.get(1))).isEqualTo(m.get(0));
            assertThat(m.get(0).minus(m.get(0)).isZero()).isTrue();
        });
    }

    @Test
    void rounding_a_card_amount_down_never_increases_it_and_removes_less_than_a_cent() {
        qt().withExamples(EXAMPLES).forAll(cardAmountTexts()).checkAssert(text -> {
            RoundedCardAmount r = CardAmount.roundDown("amount", text, Asset.USD);
            BigDecimal requested = new BigDecimal(text);
            assertThat(r.charged().amount()).isLessThanOrEqualTo(requested);
            assertThat(r.roundedOff()).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThan(new BigDecimal("0.01"));
            assertThat(r.charged().amount().add(r.roundedOff())).isEqualByComparingTo(requested);
            assertThat(r.wasRounded()).isEqualTo(r.roundedOff().signum() != 0);
            assertThat(r.charged().amount().scale()).isEqualTo(2);
        });
    }

    private static Gen<Asset> assets() {
        return Generate.pick(List.copyOf(AssetCatalog.standard().assets()));
    }

    private static Gen<String> digits(int minLength, int maxLength) {
        return strings().betweenCodePoints('0', '9').ofLengthBetween(minLength, maxLength);
    }

    /**
     * Plain decimal texts with 0 to {@code asset.scale()} decimals, as C-Pay writes amounts: small integers (a third
     * of them below 10, so zero and "-0" come up), and digit strings of up to 40 digits (leading zeros included) far
     * beyond any long.
     */
    private static Gen<String> amountText(Asset asset, boolean signed) {
        Gen<String> integer = Generate.oneOf(longs().between(0, 9).map(n -> Long.toString(n)),
                longs().between(0, 1_000).map(n -> Long.toString(n)), digits(1, 40));
        Gen<Boolean> negative = signed ? Generate.booleans() : Generate.constant(false);
        return negative.zip(integer, digits(0, asset.scale()),
                (neg, i, d) -> (neg ? "-" : "") + i + (d.isEmpty() ? "" : "." + d));
    }

    private static Gen<Money> money() {
        return assets().flatMap(a -> amountText(a, true).map(t -> Money.parseSigned("amount", t, a)));
    }

    private static Gen<List<Money>> threeOfOneAsset() {
        return assets().flatMap(a -> lists().of(amountText(a, true).map(t -> Money.parseSigned("amount", t, a)))
                .ofSize(3));
    }

    private static Gen<TextOfAsset> textAndAsset() {
        return assets().flatMap(a -> amountText(a, false).map(t -> new TextOfAsset(t, a)));
    }

    /**
     * Up to 10^12 with up to 20 decimals, at least one cent. Half the integer parts are below 10 so that amounts
     * around a cent and a dollar come up as often as huge ones (a uniform draw up to 10^12 would almost never).
     */
    private static Gen<String> cardAmountTexts() {
        Gen<Long> integer = Generate.oneOf(longs().between(0, 9), longs().between(0, 1_000_000_000_000L));
        return integer.map(n -> Long.toString(n))
                .zip(digits(0, 20), (i, d) -> i + (d.isEmpty() ? "" : "." + d))
                .assuming(t -> new BigDecimal(t).compareTo(new BigDecimal("0.01")) >= 0);
    }
}

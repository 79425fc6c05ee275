package com.cpay.platform.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyPropertiesTest {

    @Provide
    Arbitrary<Asset> assets() {
        return Arbitraries.of(AssetCatalog.standard().assets());
    }

    /** Plain decimal texts with 0 to {@code asset.scale()} decimals, as C-Pay writes amounts. */
    private static Arbitrary<String> amountText(Asset asset, boolean signed) {
        Arbitrary<String> integer = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40));
        Arbitrary<String> decimals = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(asset.scale());
        Arbitrary<Boolean> negative = signed ? Arbitraries.of(true, false) : Arbitraries.just(false);
        return Combinators.combine(negative, integer, decimals)
                .as((neg, i, d) -> (neg ? "-" : "") + i + (d.isEmpty() ? "" : "." + d));
    }

    @Provide
    Arbitrary<Money> money() {
        return assets().flatMap(a -> amountText(a, true).map(t -> Money.parseSigned("amount", t, a)));
    }

    @Provide
    Arbitrary<Money[]> threeOfOneAsset() {
        return assets().flatMap(a -> amountText(a, true).list().ofSize(3)
                .map(l -> l.stream().map(t -> Money.parseSigned("amount", t, a)).toArray(Money[]::new)));
    }

    @Provide
    Arbitrary<Object[]> textAndAsset() {
        return assets().flatMap(a -> amountText(a, false).map(t -> new Object[] {t, a}));
    }

    @Property
    void writing_then_reading_an_amount_gives_it_back(@ForAll("money") Money money) {
        assertThat(Money.parseSigned("amount", money.toWireString(), money.asset())).isEqualTo(money);
        assertThat(Money.parseSigned("amount", money.toPlainString(), money.asset())).isEqualTo(money);
        assertThat(money.toWireString()).doesNotContainIgnoringCase("e");
    }

    @Property
    void reading_a_text_keeps_its_exact_value_at_the_asset_scale(@ForAll("textAndAsset") Object[] pair) {
        String text = (String) pair[0];
        Asset asset = (Asset) pair[1];
        Money money = Money.parse("amount", text, asset);
        assertThat(money.amount().scale()).isEqualTo(asset.scale());
        assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(text));
        assertThat(new BigDecimal(money.toWireString())).isEqualByComparingTo(text);
    }

    @Property
    void the_scale_of_an_asset_is_never_exceeded(@ForAll("threeOfOneAsset") Money[] m) {
        int scale = m[0].asset().scale();
        assertThat(m[0].plus(m[1]).amount().scale()).isEqualTo(scale);
        assertThat(m[0].minus(m[1]).amount().scale()).isEqualTo(scale);
        assertThat(m[0].negated().amount().scale()).isEqualTo(scale);
    }

    @Property
    void addition_is_associative_commutative_and_exact(@ForAll("threeOfOneAsset") Money[] m) {
        assertThat(m[0].plus(m[1]).plus(m[2])).isEqualTo(m[0].plus(m[1].plus(m[2])));
        assertThat(m[0].plus(m[1])).isEqualTo(m[1].plus(m[0]));
        assertThat(m[0].plus(m[1]).amount()).isEqualByComparingTo(m[0].amount().add(m[1].amount()));
    }

    @Property
    void subtracting_undoes_adding(@ForAll("threeOfOneAsset") Money[] m) {
        assertThat(m[0].plus(m[1]).minus(m[1])).isEqualTo(m[0]);
        assertThat(m[0].minus(m[1]).plus(m[1])).isEqualTo(m[0]);
        assertThat(m[0].minus(m[0]).isZero()).isTrue();
    }

    @Provide
    Arbitrary<String> cardAmountTexts() {
        Arbitrary<String> integer = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(12))
                .map(BigInteger::toString);
        Arbitrary<String> decimals = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(20);
        return Combinators.combine(integer, decimals).as((i, d) -> i + (d.isEmpty() ? "" : "." + d))
                .filter(t -> new BigDecimal(t).compareTo(new BigDecimal("0.01")) >= 0);
    }

    @Property
    void rounding_a_card_amount_down_never_increases_it_and_removes_less_than_a_cent(
            @ForAll("cardAmountTexts") String text) {
        RoundedCardAmount r = CardAmount.roundDown("amount", text, Asset.USD);
        BigDecimal requested = new BigDecimal(text);
        assertThat(r.charged().amount()).isLessThanOrEqualTo(requested);
        assertThat(r.roundedOff()).isGreaterThanOrEqualTo(BigDecimal.ZERO).isLessThan(new BigDecimal("0.01"));
        assertThat(r.charged().amount().add(r.roundedOff())).isEqualByComparingTo(requested);
        assertThat(r.wasRounded()).isEqualTo(r.roundedOff().signum() != 0);
        assertThat(r.charged().amount().scale()).isEqualTo(2);
    }
}

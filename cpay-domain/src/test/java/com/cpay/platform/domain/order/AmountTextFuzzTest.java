package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.cpay.platform.domain.fuzz.FuzzInput;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetKind;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.quote.model.ExchangeRate;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every amount reader, fed any text: it either reads the text or refuses it with the {@link ValidationException}
 * its Javadoc documents (on the field named, with one of the documented rules); nothing else ever comes out. What
 * it reads is exactly what was written, and survives a round trip through its own text forms.
 *
 * <p>In a normal build this replays the committed inputs (src/test/resources/.../AmountTextFuzzTestInputs/);
 * {@code JAZZER_FUZZ=1} fuzzes it (.ci/fuzz, README "Fuzzing").
 */
class AmountTextFuzzTest {

    private static final List<Asset> ASSETS = List.of(Asset.BTC, Asset.USDT, Asset.BRL, Asset.USD,
            Asset.crypto("ODD"), new Asset("ZERO", 0, AssetKind.FIAT));
    private static final Set<String> TEXT_RULES = Set.of("required", "max-length", "exponent", "not-numeric",
            "negative");
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @FuzzTest
    void amountText(FuzzedDataProvider data) {
        FuzzInput input = new FuzzInput(data);
        Asset asset = input.pick(ASSETS);
        String text = input.amountText();

        readOrRefuse(() -> DecimalText.parse("price", text, false), TEXT_RULES)
                .ifPresent(value -> assertExact(text, value));
        readOrRefuse(() -> DecimalText.parse("price", text, true), TEXT_RULES)
                .ifPresent(value -> assertExact(text, value));
        readOrRefuse(() -> Money.parse("amount", text, asset), withScale())
                .ifPresent(money -> assertRoundTrip(text, money));
        readOrRefuse(() -> Money.parseSigned("amount", text, asset), withScale())
                .ifPresent(money -> assertRoundTrip(text, money));
        readOrRefuse(() -> ExchangeRate.parse(text), TEXT_RULES, ExchangeRate.FIELD)
                .ifPresent(rate -> assertExact(text, rate.value()));
        if (asset.isFiat() && asset.scale() == CardAmount.DECIMALS) {
            readOrRefuse(() -> CardAmount.roundDown("amount", text, asset), union(TEXT_RULES, Set.of("positive")))
                    .ifPresent(rounded -> assertRoundedDown(text, rounded));
        }
        readOrRefuse(() -> ReportedAmountText.parse("fee", text, asset), withScale(), "fee")
                .ifPresent(reported -> reported.ifPresent(money -> {
                    assertThat(new BigDecimal(text)).isEqualByComparingTo(money.amount());
                    assertThat(text.length()).isLessThanOrEqualTo(DecimalText.MAX_LENGTH);
                }));
    }

    private static void assertExact(String text, BigDecimal value) {
        assertThat(text).matches(PLAIN);
        assertThat(value).isEqualTo(new BigDecimal(text));
        assertThat(value.scale()).isEqualTo(text.indexOf('.') < 0 ? 0 : text.length() - text.indexOf('.') - 1);
    }

    private static void assertRoundTrip(String text, Money money) {
        assertThat(text).matches(PLAIN);
        assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(text));
        assertThat(Money.parseSigned("amount", money.toWireString(), money.asset())).isEqualTo(money);
        // The plain string pads every decimal of the asset's scale: for an amount of up to 128 integer digits it can
        // be longer than the 128 characters a text may have, and then it is refused as such, never misread.
        String plain = money.toPlainString();
        if (plain.length() <= DecimalText.MAX_LENGTH) {
            assertThat(Money.parseSigned("amount", plain, money.asset())).isEqualTo(money);
        } else {
            assertThat(readOrRefuse(() -> Money.parseSigned("amount", plain, money.asset()), Set.of("max-length")))
                    .isEmpty();
        }
    }

    private static void assertRoundedDown(String text, RoundedCardAmount rounded) {
        BigDecimal requested = new BigDecimal(text);
        assertThat(rounded.requested()).isEqualTo(requested);
        assertThat(rounded.charged().amount().add(rounded.roundedOff())).isEqualByComparingTo(requested);
        assertThat(rounded.roundedOff().signum()).isNotNegative();
        assertThat(rounded.roundedOff()).isLessThan(new BigDecimal("0.01"));
        assertThat(rounded.wasRounded()).isEqualTo(rounded.roundedOff().signum() != 0);
    }

    private static <T> Optional<T> readOrRefuse(Supplier<T> read, Set<String> rules) {
        return readOrRefuse(read, rules, null);
    }

    // The value read, or empty when refused as documented; any other outcome fails the test (a finding).
    private static <T> Optional<T> readOrRefuse(Supplier<T> read, Set<String> rules, String field) {
        try {
            return Optional.of(read.get());
        } catch (ValidationException e) {
            assertThat(e.violations()).allSatisfy(v -> {
                assertThat(v.rule()).as(e.getMessage()).isIn(rules);
                if (field != null) {
                    assertThat(v.field()).isEqualTo(field);
                }
            });
            return Optional.empty();
        }
    }

    private static Set<String> withScale() {
        return union(TEXT_RULES, Set.of(Money.MAX_SCALE, "max-digits"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}

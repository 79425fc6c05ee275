package com.cpay.platform.adapter.http.signing;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;

/** The properties section 16 promises, over generated parameter sets (QuickTheories). */
class SigningPropertiesTest {

    /** Examples per property: QuickTheories' default, fixed here so a QT_EXAMPLES setting cannot weaken it. */
    private static final int EXAMPLES = 1000;

    private static final List<Character> NAME_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_\u00e9\u4e2d".chars().mapToObj(c -> (char) c)
                    .collect(Collectors.toList());

    private final CpaySigner signer = new CpaySigner(SecretKey.of("z6h3cuw9grtbun9sgg5u1j35u72hycq0"));

    @Test
    void the_order_in_which_parameters_were_added_never_changes_the_signature() {
        qt().withExamples(EXAMPLES).forAll(parameterSets(), longs().all()).checkAssert((params, seed) -> {
            List<Map.Entry<String, String>> entries = new ArrayList<>(params.entrySet());
            Collections.shuffle(entries, new Random(seed));
            Map<String, String> shuffled = new LinkedHashMap<>();
            entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
            assertThat(signer.sign(shuffled)).isEqualTo(signer.sign(params));
        });
    }

    @Test
    void empty_and_null_values_never_change_the_signature() {
        qt().withExamples(EXAMPLES).forAll(parameterSets(), names(), Generate.booleans())
                .checkAssert((params, extraName, useNull) -> {
                    Map<String, String> withEmpty = new HashMap<>(params);
                    withEmpty.putIfAbsent(extraName, useNull ? null : "");
                    if (withEmpty.get(extraName) == null || withEmpty.get(extraName).isEmpty()) {
                        assertThat(signer.sign(withEmpty)).isEqualTo(signer.sign(withoutEmpty(withEmpty)));
                    }
                });
    }

    @Test
    void any_change_of_a_non_empty_value_changes_the_signature() {
        qt().withExamples(EXAMPLES).forAll(parameterSets(), values()).checkAssert((params, replacement) -> {
            String name = params.keySet().iterator().next();
            if (!replacement.equals(params.get(name))) {
                Map<String, String> changed = new HashMap<>(params);
                changed.put(name, replacement);
                assertThat(signer.sign(changed)).isNotEqualTo(signer.sign(params));
            }
        });
    }

    @Test
    void the_string_to_sign_joins_the_non_empty_pairs_in_java_string_order_of_their_names() {
        // the reference is the plain reading of section 16 (a TreeMap), against the signer's own sort
        qt().withExamples(EXAMPLES).forAll(parameterSets()).checkAssert(this::joinedInTreeOrder);
    }

    @Test
    void a_large_parameter_set_is_joined_in_the_same_order_as_a_small_one() {
        // above 32 parameters the signer sorts through a tree (a forged notification may carry thousands)
        qt().withExamples(200).forAll(maps().of(names(), values()).ofSizeBetween(33, 90))
                .checkAssert(this::joinedInTreeOrder);
    }

    @Test
    void values_longer_than_the_signers_text_buffer_are_signed_whole_and_later_signatures_stay_right() {
        // the signer's per-thread text buffer starts at 1 KiB and is not kept once grown past 16 KiB
        qt().withExamples(50).forAll(parameterSets(), Generate.range(1_000, 40_000), Generate.booleans())
                .checkAssert((params, length, ascii) -> {
                    Map<String, String> large = new HashMap<>(params);
                    large.put("remark", (ascii ? "x" : "\u00e7").repeat(length));
                    joinedInTreeOrder(large);
                    joinedInTreeOrder(params);
                });
    }

    @Test
    void a_signature_never_depends_on_the_parameter_set_signed_before_it() {
        // the signer remembers the sorted order of the last names it saw, per thread
        qt().withExamples(EXAMPLES).forAll(parameterSets(), values(), names()).checkAssert((params, suffix, renamed) -> {
            Map<String, String> sameNamesNewValues = new LinkedHashMap<>();
            params.forEach((name, value) -> sameNamesNewValues.put(name, value + suffix));
            Map<String, String> oneNameChanged = new LinkedHashMap<>();
            params.forEach((name, value) -> oneNameChanged.put(oneNameChanged.isEmpty() ? renamed : name, value));
            signer.sign(params);
            joinedInTreeOrder(sameNamesNewValues);
            signer.sign(params);
            joinedInTreeOrder(oneNameChanged);
        });
    }

    @Test
    void an_existing_sign_entry_is_never_part_of_what_is_signed() {
        qt().withExamples(EXAMPLES).forAll(parameterSets(), values()).checkAssert((params, bogusSign) -> {
            Map<String, String> withSign = new HashMap<>(params);
            withSign.put("sign", bogusSign);
            assertThat(signer.sign(withSign)).isEqualTo(signer.sign(params));
        });
    }

    @Test
    void a_signature_is_always_64_lowercase_hex_characters() {
        qt().withExamples(EXAMPLES).forAll(parameterSets())
                .checkAssert(params -> assertThat(signer.sign(params)).matches("[0-9a-f]{64}"));
    }

    @Test
    void a_signature_made_with_another_key_is_refused() {
        qt().withExamples(EXAMPLES).forAll(parameterSets()).checkAssert(params -> {
            Map<String, String> signed = new HashMap<>(params);
            signed.put("sign", new CpaySigner(SecretKey.of("another-key")).sign(params));
            assertThat(new SignatureVerifier(List.of(signer.key())).verify(signed).valid()).isFalse();
        });
    }

    @Test
    void the_previous_key_is_still_accepted_during_rotation() {
        SecretKey previous = SecretKey.of("previous-key");
        qt().withExamples(EXAMPLES).forAll(parameterSets()).checkAssert(params -> {
            Map<String, String> signed = new HashMap<>(params);
            signed.put("sign", new CpaySigner(previous).sign(params));
            assertThat(new SignatureVerifier(List.of(signer.key(), previous)).verify(signed).valid()).isTrue();
        });
    }

    private void joinedInTreeOrder(Map<String, String> params) {
        StringBuilder expected = new StringBuilder();
        new TreeMap<>(withoutEmpty(params)).forEach((name, value) ->
                expected.append(name).append('=').append(value).append('&'));
        String stringToSign = expected.append("key=").append(signer.key().value()).toString();
        assertThat(SignatureRule.stringToSign(params, signer.key())).isEqualTo(stringToSign);
        // the signer writes the bytes itself (ASCII directly, the rest as UTF-8): the same HMAC as a plain Mac's
        assertThat(signer.sign(params)).isEqualTo(plainHmac(stringToSign));
    }

    private String plainHmac(String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signer.key().value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> withoutEmpty(Map<String, String> params) {
        Map<String, String> kept = new HashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static Gen<Map<String, String>> parameterSets() {
        return maps().of(names(), values()).ofSizeBetween(1, 12);
    }

    /**
     * Names of 1 to 16 letters of either case, underscores ('_' sorts between 'Z' and 'a') and two non-ASCII letters
     * (a notification's field names are whatever it sent), never "sign".
     */
    private static Gen<String> names() {
        return lists().of(Generate.pick(NAME_CHARACTERS)).ofSizeBetween(1, 16)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()))
                .assuming(name -> !name.equals("sign"));
    }

    private static Gen<String> values() {
        // any Unicode text, including '&', '=', '%', '+', spaces and "0"
        return Generate.oneOf(strings().allPossible().ofLengthBetween(1, 40),
                Generate.pick(List.of("0", "&", "=", "a b", "%20", "+", "ação", "1.00000000")));
    }
}

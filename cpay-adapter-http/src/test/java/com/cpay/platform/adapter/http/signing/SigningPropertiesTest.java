package com.cpay.platform.adapter.http.signing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties section 16 promises, over generated parameter sets. */
class SigningPropertiesTest {

    private final CpaySigner signer = new CpaySigner(SecretKey.of("z6h3cuw9grtbun9sgg5u1j35u72hycq0"));

    @Property
    void the_order_in_which_parameters_were_added_never_changes_the_signature(
            @ForAll("parameterSets") Map<String, String> params, @ForAll long seed) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(params.entrySet());
        Collections.shuffle(entries, new Random(seed));
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        assertThat(signer.sign(shuffled)).isEqualTo(signer.sign(params));
    }

    @Property
    void empty_and_null_values_never_change_the_signature(
            @ForAll("parameterSets") Map<String, String> params, @ForAll("names") String extraName,
            @ForAll boolean useNull) {
        Map<String, String> withEmpty = new HashMap<>(params);
        withEmpty.putIfAbsent(extraName, useNull ? null : "");
        if (withEmpty.get(extraName) == null || withEmpty.get(extraName).isEmpty()) {
            assertThat(signer.sign(withEmpty)).isEqualTo(signer.sign(withoutEmpty(withEmpty)));
        }
    }

    @Property
    void any_change_of_a_non_empty_value_changes_the_signature(
            @ForAll("parameterSets") Map<String, String> params, @ForAll("values") String replacement) {
        String name = params.keySet().iterator().next();
        if (!replacement.equals(params.get(name))) {
            Map<String, String> changed = new HashMap<>(params);
            changed.put(name, replacement);
            assertThat(signer.sign(changed)).isNotEqualTo(signer.sign(params));
        }
    }

    @Property
    void an_existing_sign_entry_is_never_part_of_what_is_signed(
            @ForAll("parameterSets") Map<String, String> params, @ForAll("values") String bogusSign) {
        Map<String, String> withSign = new HashMap<>(params);
        withSign.put("sign", bogusSign);
        assertThat(signer.sign(withSign)).isEqualTo(signer.sign(params));
    }

    @Property
    void a_signature_is_always_64_lowercase_hex_characters(@ForAll("parameterSets") Map<String, String> params) {
        assertThat(signer.sign(params)).matches("[0-9a-f]{64}");
    }

    @Property
    void a_signature_made_with_another_key_is_refused(@ForAll("parameterSets") Map<String, String> params) {
        Map<String, String> signed = new HashMap<>(params);
        signed.put("sign", new CpaySigner(SecretKey.of("another-key")).sign(params));
        assertThat(new SignatureVerifier(List.of(signer.key())).verify(signed).valid()).isFalse();
    }

    @Property
    void the_previous_key_is_still_accepted_during_rotation(@ForAll("parameterSets") Map<String, String> params) {
        SecretKey previous = SecretKey.of("previous-key");
        Map<String, String> signed = new HashMap<>(params);
        signed.put("sign", new CpaySigner(previous).sign(params));
        assertThat(new SignatureVerifier(List.of(signer.key(), previous)).verify(signed).valid()).isTrue();
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

    @Provide
    Arbitrary<Map<String, String>> parameterSets() {
        return Arbitraries.maps(names(), values()).ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('A', 'Z', '_').ofMinLength(1).ofMaxLength(16)
                .filter(name -> !name.equals("sign"));
    }

    @Provide
    Arbitrary<String> values() {
        // any Unicode text, including '&', '=', '%', '+', spaces and "0"
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("0", "&", "=", "a b", "%20", "+", "ação", "1.00000000"));
    }
}

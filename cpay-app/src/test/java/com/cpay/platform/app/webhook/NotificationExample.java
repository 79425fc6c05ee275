package com.cpay.platform.app.webhook;

import au.com.dius.pact.consumer.dsl.MessageContentsBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.TypeMatcher;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One section 15 notification of the webhook contract: its fields in the order the simulator writes them, each
 * with an example and the way the provider's value is matched, and {@code sign} last, matched by {@link #SIGN} with
 * the real HMAC of the example fields under the contract's test key as its example (so the body Pact hands to the
 * consumer test verifies, and a value changed in it does not). The same fields give both body forms of
 * docs/decisions.md, decision 13: a JSON object of strings, and an {@code application/x-www-form-urlencoded} body whose
 * matching rules are written per parameter ({@code $.name}, as pact-jvm's form matcher reads them).
 */
final class NotificationExample {

    static final String SIGN = "^[0-9a-f]{64}$";
    /** createTime: epoch milliseconds (docs/decisions.md, decision 22), digits. */
    static final String DIGITS = "^[0-9]{1,20}$";
    static final String DECIMAL = "^[0-9]+(\\.[0-9]+)?$";
    static final String ORDER_ID = "^[0-9]{10,32}$";
    /** The status is an open set (docs/decisions.md, decision 27): the pattern of OrderStatusCode in cpay-webhook.yaml, no enum. */
    static final String STATUS = "^-?[0-9]{1,9}$";
    /** A transaction hash, 0x-prefixed on EVM networks. */
    static final String HASH = "^(0x)?[0-9a-fA-F]{64}$";

    enum Match { EXACT, REGEX, TYPE }

    record Field(String name, String example, Match match, String regex) {
    }

    /** The two body forms of docs/decisions.md, decision 13, with the words the descriptions and provider states use. */
    enum BodyForm {
        JSON(WebhookContract.JSON, "json", "as JSON"),
        FORM(WebhookContract.FORM, "form", "as a form");

        final String contentType;
        final String setting;
        final String suffix;

        BodyForm(String contentType, String setting, String suffix) {
            this.contentType = contentType;
            this.setting = setting;
            this.suffix = suffix;
        }
    }

    private final List<Field> fields = new ArrayList<>();

    NotificationExample exact(String name, String value) {
        fields.add(new Field(name, value, Match.EXACT, null));
        return this;
    }

    NotificationExample regex(String name, String regex, String example) {
        if (!example.matches(regex)) {
            throw new IllegalArgumentException(name + ": example " + example + " does not match " + regex);
        }
        fields.add(new Field(name, example, Match.REGEX, regex));
        return this;
    }

    NotificationExample type(String name, String example) {
        fields.add(new Field(name, example, Match.TYPE, null));
        return this;
    }

    /** The example fields, {@code sign} included (last). */
    Map<String, String> signedExample() {
        Map<String, String> example = new LinkedHashMap<>();
        fields.forEach(f -> example.put(f.name(), f.example()));
        example.put("sign", DocumentSignature.sign(example, WebhookContract.SECRET_KEY));
        return Collections.unmodifiableMap(example);
    }

    /** The example fields as the application keeps them: non-empty ones, without {@code sign}. */
    Map<String, String> keptFields() {
        Map<String, String> kept = new LinkedHashMap<>();
        fields.stream().filter(f -> !f.example().isEmpty()).forEach(f -> kept.put(f.name(), f.example()));
        return kept;
    }

    String example(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::example).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }

    private List<Field> withSign() {
        List<Field> all = new ArrayList<>(fields);
        all.add(new Field("sign", signedExample().get("sign"), Match.REGEX, SIGN));
        return all;
    }

    /** Puts this notification into a V4 message in the given body form. */
    MessageContentsBuilder contents(MessageContentsBuilder contents, BodyForm form) {
        if (form == BodyForm.JSON) {
            return contents.withContent(json());
        }
        contents.withContent(form(), WebhookContract.FORM);
        MatchingRuleCategory rules = contents.getContents().getMatchingRules().addCategory("body");
        for (Field f : withSign()) {
            switch (f.match()) {
                case REGEX -> rules.addRule("$." + f.name(), new RegexMatcher(f.regex(), f.example()));
                case TYPE -> rules.addRule("$." + f.name(), TypeMatcher.INSTANCE);
                case EXACT -> { }
            }
        }
        return contents;
    }

    private PactDslJsonBody json() {
        PactDslJsonBody body = new PactDslJsonBody();
        for (Field f : withSign()) {
            switch (f.match()) {
                case EXACT -> body.stringValue(f.name(), f.example());
                case REGEX -> body.stringMatcher(f.name(), f.regex(), f.example());
                case TYPE -> body.stringType(f.name(), f.example());
            }
        }
        return body;
    }

    private String form() {
        return withSign().stream().map(f -> encode(f.name()) + "=" + encode(f.example()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

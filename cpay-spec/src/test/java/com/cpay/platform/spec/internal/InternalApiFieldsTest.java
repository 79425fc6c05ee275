package com.cpay.platform.spec.internal;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.cpay.platform.spec.internal.InternalSpec.allProperties;
import static com.cpay.platform.spec.internal.InternalSpec.api;
import static com.cpay.platform.spec.internal.InternalSpec.operations;
import static com.cpay.platform.spec.internal.InternalSpec.resolve;
import static com.cpay.platform.spec.internal.InternalSpec.schema;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings({"rawtypes", "unchecked"})
@DisplayName("The internal API's fields")
class InternalApiFieldsTest {

    /** Misspellings and wire-only spellings of the C-Pay document that our API must not repeat. */
    private static final Set<String> CPAY_SPELLINGS = Set.of("lanuage", "brithday", "callBackURL", "callbackURL",
            "successURL", "failURL", "cashierURL", "redirectURL", "IdCardUrls", "ccStorageID", "clientHTTPAccept",
            "clientHTTPUserAgent", "traceid");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-z0-9]*([A-Z][a-z0-9]+)*");
    /** How an amount-like field is recognised by its name, so that a new one cannot slip past the checks. */
    private static final Pattern AMOUNT_NAME = Pattern.compile("(?i)(.*(amount|fee|balance|rate|price)|amount.*|roundedOff)");
    private static final List<String> VALID_DECIMALS = List.of("0", "5", "19.01", "1234.5");
    private static final List<String> INVALID_DECIMALS = List.of("", "-1", "+1", "1e5", "1E-3", "1,5", "1.", ".5",
            "NaN", "Infinity", " 1", "1 ", "0x10", "01", "1.2.3", "１");

    @Test
    @DisplayName("names no property or parameter with a misspelling or wire spelling of the C-Pay document")
    void repeats_no_cpay_misspelling() {
        List<String> names = fieldNames();
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(names).noneMatch(CPAY_SPELLINGS::contains);
        assertThat(names).noneMatch(name -> name.toLowerCase().contains("lanuage") || name.toLowerCase().contains("brithday"));
    }

    @Test
    @DisplayName("names every property and query or path parameter in camelCase, acronyms included (callbackUrl, not callbackURL)")
    void names_everything_in_camel_case() {
        assertThat(fieldNames()).allSatisfy(name -> assertThat(name).matches(CAMEL_CASE));
    }

    @Test
    @DisplayName("uses the C-Pay document's field names where one exists")
    void uses_the_cpay_field_names() {
        assertThat(properties("CreateDepositRequest")).contains("userId", "merchantTradeNo", "cryptoCurrency", "amount",
                "callbackUrl", "successUrl", "failUrl");
        assertThat(properties("CreateCryptoPayoutRequest")).contains("userId", "merchantTradeNo", "cryptoCurrency",
                "network", "toAddress", "totalAmount", "receivedAmount", "callbackUrl");
        assertThat(properties("CreatePixPayoutRequest")).contains("amount", "currency", "country", "accountType",
                "toAccount", "remark");
        assertThat(properties("CreateExchangeRequest")).contains("sourceCurrency", "sourceAmount", "targetCurrency");
        assertThat(properties("CreateCardOrderRequest")).contains("currency", "amount", "products", "country", "email",
                "ip", "language");
        assertThat(properties("CreateCardPaymentRequest")).contains("language", "payChannel", "ccStorageId");
        assertThat(properties("CardData")).containsExactlyInAnyOrder("cardNumber", "cvv", "expDate");
        assertThat(properties("KycUser")).contains("birthday", "idCardUrls", "documentUrls", "iddCode",
                "personalCode", "certificateDateStart", "certificateDateEnd");
        assertThat(InternalSpec.parameters(InternalSpec.operation("getQuote").operation()))
                .extracting(Parameter::getName)
                .containsExactly("sourceCurrency", "targetCurrency", "purchaseType", "amount", "channel");
    }

    @Test
    @DisplayName("says in the descriptions which C-Pay spelling our names stand for")
    void maps_our_names_to_cpay_spellings_in_descriptions() {
        allProperties().forEach((name, property) -> {
            if (name.endsWith(".callbackUrl")) {
                assertThat(property.getDescription()).as(name).containsAnyOf("`callbackURL`", "`callBackURL`")
                        .contains("([decision 4](../../../../docs/decisions.md#decision-4))");
            }
        });
        assertThat(schema("HostedPageLanguage").getDescription()).contains("`lanuage`", "([decision 5](../../../../docs/decisions.md#decision-5))");
        assertThat(description("KycUser", "birthday")).contains("`brithday`");
        assertThat(description("KycUser", "idCardUrls")).contains("`IdCardUrls`");
        assertThat(schema("KycUser").getDescription()).contains("([decision 6](../../../../docs/decisions.md#decision-6))");
        assertThat(api().getInfo().getDescription()).contains("`callbackURL` or `callBackURL`", "`lanuage`", "`brithday`");
    }

    @Test
    @DisplayName("makes merchantTradeNo optional on every create, at most 64 URL-safe characters")
    void makes_merchant_trade_no_optional_on_create() {
        List<String> creates = List.of("CreateDepositRequest", "CreateCardOrderRequest", "CreateCardPaymentRequest",
                "CreateCryptoPayoutRequest", "CreatePixPayoutRequest", "CreateExchangeRequest");
        assertThat(creates).allSatisfy(name -> {
            assertThat(schema(name).getRequired()).as(name).contains("userId").doesNotContain("merchantTradeNo");
            Pattern pattern = Pattern.compile(property(name, "merchantTradeNo").getPattern());
            assertThat(pattern.matcher("a".repeat(64)).find()).as(name).isTrue();
            assertThat(pattern.matcher("a".repeat(65)).find()).as(name).isFalse();
            assertThat(pattern.matcher("a&key=b").find()).as(name).isFalse();
            assertThat(property(name, "merchantTradeNo").getDescription()).as(name).contains("generated when absent");
        });
    }

    @Test
    @DisplayName("writes every amount as a string with a plain decimal pattern, never as a JSON number")
    void writes_every_amount_as_a_decimal_string() {
        Map<String, Schema> amounts = new TreeMap<>();
        allProperties().forEach((name, property) -> {
            if (AMOUNT_NAME.matcher(name.substring(name.lastIndexOf('.') + 1)).matches()) {
                amounts.put(name, resolve(property));
            }
        });
        InternalSpec.parameters(InternalSpec.operation("getQuote").operation()).stream()
                .filter(p -> p.getName().equals("amount"))
                .forEach(p -> amounts.put("getQuote?amount", p.getSchema().description(p.getDescription())));
        assertThat(amounts.keySet().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).collect(Collectors.toSet()))
                .contains("amount", "totalAmount", "receivedAmount", "sourceAmount", "targetAmount", "orderAmount",
                        "actualAmount", "pledgeAmount", "fee", "availableBalance", "freezeBalance", "exchangeRate",
                        "amountExchanged", "price", "requestedAmount", "chargedAmount", "roundedOff", "getQuote?amount");
        amounts.forEach((name, s) -> {
            assertThat(s.getType()).as(name).isEqualTo("string");
            assertThat(s.getPattern()).as(name).isNotNull();
            Pattern pattern = Pattern.compile(s.getPattern());
            assertThat(VALID_DECIMALS).as(name).allMatch(text -> pattern.matcher(text).find());
            assertThat(INVALID_DECIMALS).as(name).noneMatch(text -> pattern.matcher(text).find());
            assertThat(s.getDescription()).as(name).isNotBlank();
        });
    }

    @Test
    @DisplayName("has no JSON number anywhere: counts are integers, money is text")
    void has_no_json_number_anywhere() {
        allProperties().forEach((name, property) -> assertThat(resolve(property).getType()).as(name).isNotEqualTo("number"));
        operations().forEach(op -> InternalSpec.parameters(op.operation()).forEach(p ->
                assertThat(resolve(p.getSchema()).getType()).as(op.id() + " " + p.getName()).isNotEqualTo("number")));
    }

    @Test
    @DisplayName("allows 8 decimals for crypto amounts and 2 for fiat, and any number for the card amount it rounds down")
    void states_the_decimals_of_each_amount() {
        assertDecimals("CreateDepositRequest", "amount", "66.12345678", "66.123456789");
        assertDecimals("CreateCryptoPayoutRequest", "totalAmount", "66.12345678", "66.123456789");
        assertDecimals("CreateCryptoPayoutRequest", "receivedAmount", "66.11115678", "66.111156789");
        assertDecimals("CreateExchangeRequest", "sourceAmount", "9.12345678", "9.123456789");
        assertDecimals("CreateCardOrderRequest", "amount", "2.50", "2.505");
        assertDecimals("CreatePixPayoutRequest", "amount", "5.50", "5.505");
        assertDecimals("CardPaymentResult", "chargedAmount", "19.01", "19.011");
        assertDecimals("CreateCardPaymentRequest", "amount", "19.011", "19.01x");
        assertThat(property("CreatePixPayoutRequest", "amount").getMaxLength()).isEqualTo(12);
        assertThat(property("CreateCardPaymentRequest", "amount").getDescription())
                .contains("19.011 -> 19.01", "DOWN", "([decision 10](../../../../docs/decisions.md#decision-10))");
        assertThat(api().getInfo().getDescription()).contains("Amounts are JSON strings", "floating point");
    }

    @Test
    @DisplayName("marks every card field writeOnly and x-sensitive, and never lets one into a response")
    void keeps_card_fields_write_only_and_out_of_responses() {
        assertThat(List.of("cardNumber", "cvv", "expDate")).allSatisfy(name -> {
            Schema field = property("CardData", name);
            assertThat(field.getWriteOnly()).as(name).isTrue();
            assertThat(field.getExtensions()).as(name).containsEntry("x-sensitive", true);
            assertThat(field.getFormat()).as(name + ": generated models mask passwords").isEqualTo("password");
        });
        assertThat(property("CreateCardPaymentRequest", "card").get$ref()).isEqualTo("#/components/schemas/CardData");
        assertThat(property("CreateCardPaymentRequest", "ccStorageId").getWriteOnly()).isTrue();
        assertThat(property("CreateCardPaymentRequest", "ccStorageId").getExtensions()).containsEntry("x-sensitive", true);
        assertThat(property("CardData", "expDate").getPattern()).isEqualTo("^(0[1-9]|1[0-2])/[0-9]{2}$");

        Set<String> answered = InternalSpec.schemasReachableFromResponses();
        assertThat(answered).contains("Order", "CardPaymentResult", "Problem").doesNotContain("CardData");
        answered.forEach(name -> {
            Map<String, Schema> props = schema(name).getProperties() == null ? Map.of() : schema(name).getProperties();
            assertThat(props.keySet()).as(name).doesNotContain("cardNumber", "cvv", "expDate", "ccStorageId");
            props.forEach((p, s) -> assertThat(s.getWriteOnly()).as(name + "." + p).isNotEqualTo(true));
        });
        assertThat(InternalSpec.operation("createCardPayment").operation().getDescription())
                .contains("never stored, logged, returned", "([decision 11](../../../../docs/decisions.md#decision-11))");
    }

    @Test
    @DisplayName("answers a direct card payment with the 3DS page or URL, the amount charged and what was rounded off")
    void answers_the_card_payment_with_page_and_rounding() {
        assertThat(properties("CardPaymentResult")).contains("pageData", "redirectUrl", "requestedAmount",
                "chargedAmount", "roundedOff", "rounded", "maskedCardNumber");
        Pattern masked = Pattern.compile(property("CardPaymentResult", "maskedCardNumber").getPattern());
        assertThat(masked.matcher("411111******1111").find()).isTrue();
        assertThat(masked.matcher("4111111111111111").find()).isFalse();
    }

    @Test
    @DisplayName("takes 1 to 1000 KYC users and answers how many were submitted and accepted")
    void takes_one_to_a_thousand_kyc_users() {
        Schema users = property("SubmitKycBatchRequest", "users");
        assertThat(users.getMinItems()).isEqualTo(1);
        assertThat(users.getMaxItems()).isEqualTo(1000);
        assertThat(users.getItems().get$ref()).isEqualTo("#/components/schemas/KycUser");
        assertThat(property("KycUser", "birthday").getFormat()).isEqualTo("date");
        assertThat(schema("KycBatchResult").getRequired()).contains("submitted", "accepted");
    }

    @Test
    @DisplayName("spells enumerations as readable names, never as C-Pay's wire codes")
    void spells_enumerations_as_readable_names() {
        assertThat(schema("OrderStatus").getEnum()).containsExactly("PENDING", "PROCESSING", "COMPLETED", "CLOSED");
        assertThat(schema("ReportedStatus").getEnum())
                .containsExactly("PENDING", "PROCESSING", "COMPLETED", "CLOSED", "UNKNOWN");
        assertThat(schema("PixAccountType").getEnum()).containsExactly("CPF_CNPJ", "EMAIL", "MOBILE", "RANDOM_KEY");
        assertThat(schema("PurchaseType").getEnum()).containsExactly("BY_SOURCE_AMOUNT", "BY_TARGET_AMOUNT");
        assertThat(schema("QuoteChannel").getEnum()).containsExactly("CRYPTO", "CARD");
        assertThat(schema("OrderKind").getEnum()).containsExactly("CRYPTO_DEPOSIT", "HOSTED_CARD", "DIRECT_CARD",
                "CRYPTO_PAYOUT", "PIX_PAYOUT", "CRYPTO_EXCHANGE");
        api().getComponents().getSchemas().forEach((name, s) -> {
            if (s.getEnum() != null) {
                assertThat(s.getEnum()).as(name).noneMatch(value -> String.valueOf(value).matches("[0-9]+"));
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Every property name and every query or path parameter name. */
    private static List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        allProperties().keySet().forEach(path -> names.add(path.substring(path.lastIndexOf('.') + 1)));
        operations().forEach(op -> InternalSpec.parameters(op.operation()).stream()
                .filter(p -> !p.getIn().equals("header")).forEach(p -> names.add(p.getName())));
        return names;
    }

    private static Set<String> properties(String schemaName) {
        return ((Map<String, Schema>) schema(schemaName).getProperties()).keySet();
    }

    private static Schema property(String schemaName, String property) {
        Schema s = (Schema) schema(schemaName).getProperties().get(property);
        assertThat(s).as(schemaName + "." + property).isNotNull();
        return s;
    }

    private static String description(String schemaName, String property) {
        return property(schemaName, property).getDescription();
    }

    private static void assertDecimals(String schemaName, String property, String accepted, String refused) {
        Pattern pattern = Pattern.compile(property(schemaName, property).getPattern());
        assertThat(pattern.matcher(accepted).find()).as(schemaName + "." + property + " " + accepted).isTrue();
        assertThat(pattern.matcher(refused).find()).as(schemaName + "." + property + " " + refused).isFalse();
    }
}

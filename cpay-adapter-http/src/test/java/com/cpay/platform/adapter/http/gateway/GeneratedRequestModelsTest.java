package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.api.CpayMerchantApi;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequest;
import com.cpay.platform.adapter.http.generated.model.CreateFiatPayoutOrderRequestAccountType;
import com.cpay.platform.adapter.http.generated.model.CreateOrderByCreditCardRequest;
import com.cpay.platform.adapter.http.generated.model.CreateOrderRequest;
import com.cpay.platform.adapter.http.generated.model.ExchangeRequest;
import com.cpay.platform.adapter.http.generated.model.PwppRequest;
import com.cpay.platform.adapter.http.generated.model.SubmitKycRequest;
import com.cpay.platform.adapter.http.generated.model.WithdrawRequest;
import com.cpay.platform.adapter.http.signing.CpaySigner;
import com.cpay.platform.adapter.http.signing.SecretKey;
import com.cpay.platform.domain.shared.ValidationException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request models generated for the form operations and the by-name call of the generated client: every
 * property of a model reaches the method parameter of its wire name, and nothing else is sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedRequestModelsTest {

    private static final CpaySigner SIGNER = new CpaySigner(SecretKey.of("k"));

    /** operationId -> the request model the spec names for its form body. */
    private static final Map<String, Class<?>> FORM_OPERATIONS = Map.of(
            "withdraw", WithdrawRequest.class,
            "createFiatPayoutOrder", CreateFiatPayoutOrderRequest.class,
            "exchange", ExchangeRequest.class,
            "submitKYC", SubmitKycRequest.class,
            "pwpp", PwppRequest.class,
            "createOrder", CreateOrderRequest.class,
            "createOrderByCreditCard", CreateOrderByCreditCardRequest.class);

    private ApplicationContext context;
    private JsonMapper json;

    @BeforeAll
    void start() {
        context = ApplicationContext.run();
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void every_property_of_a_form_model_is_a_parameter_of_its_generated_operation_under_the_same_wire_name() {
        GeneratedOperations operations = new GeneratedOperations(CpayMerchantApi.class, new Object());
        FORM_OPERATIONS.forEach((operation, model) -> {
            Set<String> wireNames = WireParams.of(json, everyPropertySet(model)).signWith(SIGNER).values().keySet();
            Set<String> parameters = Arrays.stream(operations.method(operation).getParameters())
                    .map(Parameter::getName).collect(Collectors.toSet());
            assertThat(wireNames).as(operation).isEqualTo(parameters);
        });
    }

    @Test
    void a_model_property_left_null_or_empty_is_neither_signed_nor_sent_and_an_enum_is_its_wire_value() {
        CreateFiatPayoutOrderRequest model = new CreateFiatPayoutOrderRequest().userId("u 1").remark("")
                .accountType(CreateFiatPayoutOrderRequestAccountType.EMAIL).callBackURL("https://m.example.com/h");

        WireParams.Signed signed = WireParams.of(json, model).signWith(SIGNER);

        assertThat(signed.values()).containsOnlyKeys("userId", "accountType", "callBackURL", "sign")
                .containsEntry("accountType", "2").containsEntry("userId", "u 1");
        assertThat(signed.get("sign")).isEqualTo(SIGNER.sign(Map.of("userId", "u 1", "accountType", "2",
                "callBackURL", "https://m.example.com/h")));
    }

    /** A stand-in for the generated client: one operation with a text and an enum parameter. */
    interface Client {
        String pay(String userId, CreateFiatPayoutOrderRequestAccountType accountType, String sign, String remark);
    }

    @Test
    void the_generated_method_gets_each_signed_value_by_name_an_enum_as_its_constant_and_null_when_not_signed() {
        Object[] received = new Object[4];
        Client client = (userId, accountType, sign, remark) -> {
            received[0] = userId;
            received[1] = accountType;
            received[2] = sign;
            received[3] = remark;
            return "answer";
        };
        WireParams.Signed signed = new WireParams().with("accountType", "3").with("userId", "u").signWith(SIGNER);

        String answer = new GeneratedOperations(Client.class, client).call("pay", signed, String.class);

        assertThat(answer).isEqualTo("answer");
        assertThat(received).containsExactly("u", CreateFiatPayoutOrderRequestAccountType.MOBILE, signed.get("sign"),
                null);
    }

    @Test
    void a_value_no_constant_has_is_refused_before_sending_and_a_failure_of_the_client_comes_through_unwrapped() {
        IllegalStateException failure = new IllegalStateException("connection lost");
        List<Object> calls = new java.util.ArrayList<>();
        Client failing = (userId, accountType, sign, remark) -> {
            calls.add(userId);
            throw failure;
        };
        GeneratedOperations operations = new GeneratedOperations(Client.class, failing);

        assertThatThrownBy(() -> operations.call("pay",
                new WireParams().with("accountType", "9").signWith(SIGNER), String.class))
                .isInstanceOf(ValidationException.class).hasMessageContaining("accountType must be one of 1, 2, 3, 4");
        assertThat(calls).isEmpty();
        assertThatThrownBy(() -> operations.call("pay", new WireParams().with("userId", "u").signWith(SIGNER),
                String.class)).isSameAs(failure);
        assertThatThrownBy(() -> operations.call("refund", new WireParams().signWith(SIGNER), String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refund");
    }

    @Test
    void a_signed_name_the_generated_method_does_not_take_is_refused_before_sending() {
        List<Object> calls = new java.util.ArrayList<>();
        Client client = (userId, accountType, sign, remark) -> {
            calls.add(userId);
            return "answer";
        };
        WireParams.Signed misspelt = new WireParams().with("userId", "u").with("userID", "u").signWith(SIGNER);

        assertThatThrownBy(() -> new GeneratedOperations(Client.class, client).call("pay", misspelt, String.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[userID]");
        assertThat(calls).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object everyPropertySet(Class<?> type) {
        BeanIntrospection<Object> introspection = (BeanIntrospection<Object>) BeanIntrospection.getIntrospection(type);
        Object model = introspection.instantiate();
        for (BeanProperty<Object, Object> property : introspection.getBeanProperties()) {
            Class<?> propertyType = property.getType();
            if (propertyType == String.class) {
                property.set(model, "x");
            } else if (propertyType.isEnum()) {
                property.set(model, ((Class<? extends Enum>) propertyType).getEnumConstants()[0]);
            } else {
                throw new AssertionError(type.getSimpleName() + "." + property.getName() + " is no form value");
            }
        }
        return model;
    }
}

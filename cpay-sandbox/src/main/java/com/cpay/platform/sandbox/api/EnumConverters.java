package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.generated.model.CreateFiatPayoutOrderRequestAccountType;
import com.cpay.platform.sandbox.generated.model.CreateFiatPayoutOrderRequestPayoutChannel;
import com.cpay.platform.sandbox.generated.model.CreateOrderByCreditCardRequestCurrency;
import com.cpay.platform.sandbox.generated.model.CreateOrderByCreditCardRequestLanuage;
import com.cpay.platform.sandbox.generated.model.CreateOrderRequestCryptoCurrency;
import com.cpay.platform.sandbox.generated.model.PurchaseType;
import com.cpay.platform.sandbox.generated.model.PwppRequestCurrency;
import com.cpay.platform.sandbox.generated.model.PwppRequestStoreCc;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.convert.TypeConverter;

import java.util.Optional;
import java.util.function.Function;

/**
 * Binds the wire values of the spec's enums ("0", "USDT", "en-US"...) to the generated enum types. An unknown
 * value fails the binding, which the controller answers with an envelope naming the parameter.
 */
@Factory
final class EnumConverters {

    @Bean
    TypeConverter<String, PurchaseType> purchaseType() {
        return converter(PurchaseType::fromValue);
    }

    @Bean
    TypeConverter<String, CreateOrderRequestCryptoCurrency> cryptoCurrency() {
        return converter(CreateOrderRequestCryptoCurrency::fromValue);
    }

    @Bean
    TypeConverter<String, CreateOrderByCreditCardRequestCurrency> cardOrderCurrency() {
        return converter(CreateOrderByCreditCardRequestCurrency::fromValue);
    }

    @Bean
    TypeConverter<String, CreateOrderByCreditCardRequestLanuage> language() {
        return converter(CreateOrderByCreditCardRequestLanuage::fromValue);
    }

    @Bean
    TypeConverter<String, PwppRequestCurrency> pwppCurrency() {
        return converter(PwppRequestCurrency::fromValue);
    }

    @Bean
    TypeConverter<String, PwppRequestStoreCc> storeCc() {
        return converter(PwppRequestStoreCc::fromValue);
    }

    @Bean
    TypeConverter<String, CreateFiatPayoutOrderRequestPayoutChannel> payoutChannel() {
        return converter(CreateFiatPayoutOrderRequestPayoutChannel::fromValue);
    }

    @Bean
    TypeConverter<String, CreateFiatPayoutOrderRequestAccountType> accountType() {
        return converter(CreateFiatPayoutOrderRequestAccountType::fromValue);
    }

    private static <T> TypeConverter<String, T> converter(Function<String, T> fromValue) {
        return (value, type, context) -> {
            try {
                return Optional.of(fromValue.apply(value));
            } catch (IllegalArgumentException e) {
                context.reject(value, e);
                return Optional.empty();
            }
        };
    }
}

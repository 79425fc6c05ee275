package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.MerchantBalance;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.shared.DecimalText;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

import java.math.BigDecimal;
import java.util.List;

/**
 * getMerchantBalance's {@code data} items and {@link Balance}, both ways. Balances are exact decimals read
 * with the domain's strict grammar, never through a double.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface BalanceMapper {

    @Mapping(target = "currency", source = "cryptoCurrency")
    @Mapping(target = "available", source = "availableBalance", qualifiedByName = "availableBalance")
    @Mapping(target = "frozen", source = "freezeBalance", qualifiedByName = "freezeBalance")
    Balance toDomain(MerchantBalance wire);

    List<Balance> toDomain(List<MerchantBalance> wire);

    @Mapping(target = "cryptoCurrency", source = "currency")
    @Mapping(target = "availableBalance", source = "available")
    @Mapping(target = "freezeBalance", source = "frozen")
    MerchantBalance toWire(Balance balance);

    @Named("availableBalance")
    default BigDecimal availableBalance(String text) {
        return DecimalText.parse("availableBalance", text, false);
    }

    @Named("freezeBalance")
    default BigDecimal freezeBalance(String text) {
        return DecimalText.parse("freezeBalance", text, false);
    }

    default String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}

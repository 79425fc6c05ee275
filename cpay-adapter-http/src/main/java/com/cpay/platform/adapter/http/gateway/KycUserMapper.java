package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.KycUserWire;
import com.cpay.platform.domain.kyc.KycUser;
import org.mapstruct.InheritInverseConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link KycUser} (correct English) and the submitKYC {@code data} item with the document's wire names
 * {@code brithday} and {@code IdCardUrls} (docs/decisions.md, decision 6), both ways. Dates are {@code yyyy-MM-dd}.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface KycUserMapper {

    @Mapping(target = "brithday", source = "birthday")
    KycUserWire toWire(KycUser user);

    List<KycUserWire> toWire(List<KycUser> users);

    @InheritInverseConfiguration
    KycUser toDomain(KycUserWire wire);

    default String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    default LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    default String url(URI url) {
        return url == null ? null : url.toString();
    }

    default URI url(String text) {
        return text == null ? null : URI.create(text);
    }
}

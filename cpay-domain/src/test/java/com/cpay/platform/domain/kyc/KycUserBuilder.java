package com.cpay.platform.domain.kyc;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Test data: a valid KYC user (the s.11 sample), changed one field at a time. */
final class KycUserBuilder {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    String userId = "231xsd23";
    String firstName = "hart";
    String middleName = "";
    String lastName = "lee";
    LocalDate birthday = LocalDate.of(1987, 5, 1);
    Gender gender = Gender.MALE;
    String country = "RU";
    String iddCode = "7";
    String personalCode = "12341234123";
    LocalDate certificateDateStart = LocalDate.of(2008, 1, 1);
    LocalDate certificateDateEnd = LocalDate.of(2038, 1, 1);
    List<URI> idCardUrls = List.of(URI.create("https://files.example.com/pi.jpg"));
    List<URI> documentUrls = List.of(URI.create("http://files.example.com/pi.pdf"));
    String email = "asdf@gmail.com";
    String mobile = "23452345";

    static KycUserBuilder aUser() {
        return new KycUserBuilder();
    }

    KycUserBuilder userId(String value) {
        userId = value;
        return this;
    }

    KycUser build() {
        return new KycUser(userId, firstName, middleName, lastName, birthday, gender, country, iddCode, personalCode,
                certificateDateStart, certificateDateEnd, idCardUrls, documentUrls, email, mobile);
    }
}

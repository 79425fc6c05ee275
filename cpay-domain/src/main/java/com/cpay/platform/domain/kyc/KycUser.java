package com.cpay.platform.domain.kyc;

import org.jmolecules.ddd.annotation.ValueObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One user's identity data for C-Pay's KYC (s.11), named in correct English; the HTTP mapper writes the
 * document's wire names ({@code brithday}, {@code IdCardUrls}; docs/decisions.md, decision 6).
 *
 * <p>This record only carries data: its rules need today's date and, in a batch, the user's position
 * ({@code users[3].birthday}), so they are checked by {@link KycUserRules} when a {@link KycBatch} is built.
 * A {@code KycBatch} is the validated form. Lists are copied; null lists become empty and a null middle
 * name becomes empty.
 *
 * @param userId               the user's id in the merchant's system (as {@code UserId}: non-blank, at most 64)
 * @param firstName            given name
 * @param middleName           middle name, may be empty
 * @param lastName             family name
 * @param birthday             date of birth: in the past, not before 1900
 * @param gender               male or female
 * @param country              ISO 3166-1 alpha-2 code, upper case ({@code RU}, {@code BR})
 * @param iddCode              international dialling code, 1 to 4 digits without {@code +} ({@code 7}, {@code 55})
 * @param personalCode         the number of the identity document
 * @param certificateDateStart the identity document's issue date
 * @param certificateDateEnd   its expiry date, after the issue date
 * @param idCardUrls           http(s) links to images of the identity document, at least one
 * @param documentUrls         http(s) links to further documents, may be empty
 * @param email                the user's e-mail address
 * @param mobile               the mobile number without the dialling code, digits only
 */
@ValueObject
public record KycUser(
        String userId,
        String firstName,
        String middleName,
        String lastName,
        LocalDate birthday,
        Gender gender,
        String country,
        String iddCode,
        String personalCode,
        LocalDate certificateDateStart,
        LocalDate certificateDateEnd,
        List<URI> idCardUrls,
        List<URI> documentUrls,
        String email,
        String mobile) {

    public KycUser {
        middleName = middleName == null ? "" : middleName;
        idCardUrls = copy(idCardUrls);
        documentUrls = copy(documentUrls);
    }

    // Not List.copyOf: a null entry must reach the rules and be reported with its index, not throw here.
    private static List<URI> copy(List<URI> urls) {
        return urls == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(urls));
    }
}

package com.cpay.platform.adapter.http.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks the {@code sign} of inbound parameters against every accepted key (the current one first,
 * then previous ones while a key is being rotated). Comparison is constant-time so that the time an
 * answer takes says nothing about how much of a forged signature was right.
 */
public final class SignatureVerifier {

    private final List<CpaySigner> signers;

    /** @param acceptedKeys the current key first, then keys still accepted during rotation */
    public SignatureVerifier(List<SecretKey> acceptedKeys) {
        Objects.requireNonNull(acceptedKeys, "acceptedKeys");
        if (acceptedKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one secret key must be accepted");
        }
        this.signers = acceptedKeys.stream().map(CpaySigner::new).toList();
    }

    /** Verifies the {@code sign} entry of the parameters over all their other non-empty entries. */
    public Verification verify(Map<String, String> parameters) {
        String presented = parameters.get(SignatureRule.SIGN_PARAMETER);
        if (presented == null || presented.isEmpty()) {
            return Verification.rejected("missing-signature");
        }
        byte[] presentedBytes = presented.getBytes(StandardCharsets.US_ASCII);
        boolean matched = false;
        // every key is tried even after a match, so timing does not tell which key signed
        for (CpaySigner signer : signers) {
            byte[] expected = signer.sign(parameters).getBytes(StandardCharsets.US_ASCII);
            matched |= MessageDigest.isEqual(expected, presentedBytes);
        }
        return matched ? Verification.accepted() : Verification.rejected("signature-mismatch");
    }

    /** The verdict, with a reason that never contains the signature or a key. */
    public record Verification(boolean valid, String reason) {

        static Verification accepted() {
            return new Verification(true, "ok");
        }

        static Verification rejected(String reason) {
            return new Verification(false, reason);
        }
    }
}

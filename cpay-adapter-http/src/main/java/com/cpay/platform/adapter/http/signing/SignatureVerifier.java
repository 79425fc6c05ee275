package com.cpay.platform.adapter.http.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the {@code sign} of inbound parameters against every accepted key (the current one first,
 * then previous ones while a key is being rotated) under the accepted readings of "empty" ({@link EmptyRule}).
 * The adapter's inbound checks (webhooks, answer signatures) accept both readings ({@link #acceptingEitherReading},
 * docs/decisions.md, decision 21: a keyed HMAC under either reading proves the sender knows the key, so no security is
 * lost); a verifier made from keys alone accepts the document's reading only, as the simulator enforces it.
 * Comparison is constant-time, and every key and reading is tried even after a match, so the time an answer
 * takes says nothing about how much of a forged signature was right, nor which key or reading signed.
 * Thread-safe.
 */
public final class SignatureVerifier {

    private final List<CpaySigner> signers;
    private final EnumSet<EmptyRule> readings;

    /**
     * A verifier of the document's reading only ({@link EmptyRule#DOCUMENT}: {@code "0"} is signed); see
     * {@link #acceptingEitherReading()}.
     *
     * @param acceptedKeys the current key first, then keys still accepted during rotation
     */
    public SignatureVerifier(List<SecretKey> acceptedKeys) {
        this(acceptedKeys, EnumSet.of(EmptyRule.DOCUMENT));
    }

    /**
     * A verifier accepting these readings of "empty".
     *
     * @param acceptedKeys the current key first, then keys still accepted during rotation
     * @param readings     the readings of "empty" a signature may be made under; at least one
     */
    public SignatureVerifier(List<SecretKey> acceptedKeys, Set<EmptyRule> readings) {
        Objects.requireNonNull(acceptedKeys, "acceptedKeys");
        Objects.requireNonNull(readings, "readings");
        if (acceptedKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one secret key must be accepted");
        }
        if (readings.isEmpty()) {
            throw new IllegalArgumentException("at least one reading of \"empty\" must be accepted");
        }
        this.signers = acceptedKeys.stream().map(CpaySigner::new).toList();
        this.readings = EnumSet.copyOf(readings);
    }

    private SignatureVerifier(List<CpaySigner> signers, EnumSet<EmptyRule> readings) {
        this.signers = signers;
        this.readings = readings;
    }

    /** The same keys, accepting a signature under either reading of "empty" (docs/decisions.md, decision 21). */
    public SignatureVerifier acceptingEitherReading() {
        return readings.containsAll(EnumSet.allOf(EmptyRule.class)) ? this
                : new SignatureVerifier(signers, EnumSet.allOf(EmptyRule.class));
    }

    /** The readings of "empty" a signature may be made under. */
    public Set<EmptyRule> readings() {
        return Collections.unmodifiableSet(readings);
    }

    /**
     * Verifies the {@code sign} entry of the parameters over all their other entries that are not empty under
     * the reading tried. When both readings match (no parameter is {@code "0"}), {@link EmptyRule#DOCUMENT} is
     * reported.
     */
    public Verification verify(Map<String, String> parameters) {
        String presented = parameters.get(SignatureRule.SIGN_PARAMETER);
        if (presented == null || presented.isEmpty()) {
            return Verification.rejected("missing-signature");
        }
        byte[] presentedBytes = presented.getBytes(StandardCharsets.US_ASCII);
        boolean[] matched = new boolean[EmptyRule.values().length];
        // no early exit: every key and every reading is compared
        for (CpaySigner signer : signers) {
            for (EmptyRule reading : readings) {
                byte[] expected = signer.sign(parameters, reading).getBytes(StandardCharsets.US_ASCII);
                matched[reading.ordinal()] |= MessageDigest.isEqual(expected, presentedBytes);
            }
        }
        for (EmptyRule reading : EmptyRule.values()) {
            if (matched[reading.ordinal()]) {
                return Verification.accepted(reading);
            }
        }
        return Verification.rejected("signature-mismatch");
    }

    /**
     * The verdict, with a reason that never contains the signature or a key.
     *
     * @param valid       whether the signature verified
     * @param reason      {@code ok}, {@code missing-signature} or {@code signature-mismatch}
     * @param matchedRule the reading of "empty" the signature was made under when valid
     *                    ({@link EmptyRule#DOCUMENT} when both give the same string); null when not valid
     */
    public record Verification(boolean valid, String reason, EmptyRule matchedRule) {

        /** A verdict without a matched reading (a rejection). */
        public Verification(boolean valid, String reason) {
            this(valid, reason, null);
        }

        static Verification accepted(EmptyRule matchedRule) {
            return new Verification(true, "ok", Objects.requireNonNull(matchedRule, "matchedRule"));
        }

        static Verification rejected(String reason) {
            return new Verification(false, reason, null);
        }
    }
}

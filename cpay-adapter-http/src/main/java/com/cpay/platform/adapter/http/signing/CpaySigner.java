package com.cpay.platform.adapter.http.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the {@code sign} parameter of a C-Pay request or notification: HMAC-SHA256 keyed with the
 * merchant secret over {@link SignatureRule#stringToSign}, as 64 lowercase hex characters
 * (docs/decisions.md, decisions 16 and 17), under one of the two readings of "empty" ({@link EmptyRule}, docs/decisions.md, decision 21).
 * Thread-safe.
 */
public final class CpaySigner {

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKey key;
    /** {@code key=<secret>}, the end of every string to sign, as bytes once rather than a new String per call. */
    private final byte[] keyPart;
    /**
     * One keyed {@code Mac} and buffer per thread, reused: a Mac is not thread-safe, and looking one up and keying it
     * on every call (provider search, key padding) cost more than the HMAC itself. {@code doFinal} leaves it keyed
     * and reset.
     */
    private final ThreadLocal<SigningScratch> scratches;

    public CpaySigner(SecretKey key) {
        this.key = Objects.requireNonNull(key, "key");
        this.keyPart = ("key=" + key.value()).getBytes(StandardCharsets.UTF_8);
        SecretKeySpec keySpec = new SecretKeySpec(key.value().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.scratches = ThreadLocal.withInitial(() -> new SigningScratch(keyed(keySpec)));
    }

    /**
     * The signature of these parameters under the document's reading ({@link EmptyRule#DOCUMENT}: {@code "0"}
     * is signed); a {@code sign} entry among them is ignored.
     */
    public String sign(Map<String, String> parameters) {
        return sign(parameters, EmptyRule.DOCUMENT);
    }

    /**
     * The signature of these parameters under this reading of "empty"; a {@code sign} entry is ignored. The HMAC
     * runs over the UTF-8 bytes of {@link SignatureRule#stringToSign}.
     */
    public String sign(Map<String, String> parameters, EmptyRule rule) {
        if (parameters.size() <= SignatureRule.INSERTION_SORT_LIMIT) {
            return scratches.get().sign(parameters, rule, keyPart);
        }
        // a large (perhaps forged) parameter set: sorted through a tree, its bytes never kept in the scratch
        byte[] signedPart = SignatureRule.signedPart(parameters, rule).toString().getBytes(StandardCharsets.UTF_8);
        Mac mac = scratches.get().mac();
        mac.update(signedPart);
        return HEX.formatHex(mac.doFinal(keyPart));
    }

    private static Mac keyed(SecretKeySpec keySpec) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(keySpec);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    SecretKey key() {
        return key;
    }
}

package com.cpay.platform.adapter.http.signing;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One thread's reusable signing state: a keyed {@code Mac}, a text buffer, the digest's bytes and the sorted order
 * of the last parameter names seen. Signing runs on every request and every answer or notification checked;
 * sorting the names through String comparisons, a new builder per call and formatting the digest through
 * {@code HexFormat} cost about as much as the HMAC itself. Not thread-safe: {@link CpaySigner} keeps one per thread.
 */
final class SigningScratch {

    private static final int TEXT_CAPACITY = 1024;
    /** A buffer grown past this for one large request is not kept, so one large body cannot pin memory. */
    private static final int KEPT_TEXT_LIMIT = 16 * 1024;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final Mac mac;
    private final byte[] digest;
    private final byte[] hex;
    private StringBuilder text = new StringBuilder(TEXT_CAPACITY);
    /**
     * The names of the last parameter set signed, in its iteration order, and their positions in String order.
     * Requests of one kind list the same names in the same order every time, so the sort is done again only when
     * a name differs. Both arrays are replaced, never written into once published.
     */
    private String[] lastNames = new String[0];
    private int[] lastOrder = new int[0];

    SigningScratch(Mac mac) {
        this.mac = mac;
        this.digest = new byte[mac.getMacLength()];
        this.hex = new byte[digest.length * 2];
    }

    /** The thread's keyed Mac, for a parameter set too large for the insertion sort. */
    Mac mac() {
        return mac;
    }

    /**
     * The lowercase hex HMAC of {@code a=1&b=2&} followed by {@code keyPart} (the key never enters the text buffer);
     * the map has at most {@link SignatureRule#INSERTION_SORT_LIMIT} entries.
     */
    String sign(Map<String, String> parameters, EmptyRule rule, byte[] keyPart) {
        // fresh arrays each call: storing references into a long-lived array costs a G1 write barrier with a
        // memory fence per store, which made the signer's speed swing by half between runs; young arrays do not
        String[] names = new String[parameters.size()];
        String[] values = new String[names.length];
        boolean sameNames = names.length == lastNames.length;
        int i = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            sameNames = sameNames && (name == lastNames[i] || name.equals(lastNames[i]));
            names[i] = name;
            values[i++] = parameter.getValue();
        }
        if (!sameNames) {
            lastOrder = SignatureRule.sortedPositions(names, names.length);
            lastNames = names;
        }
        return hex(hmac(joined(names, values, lastOrder, rule), keyPart));
    }

    // The steps are methods of their own so that the JIT compiles each whole: inlined into one method they
    // overran its inlining budget, and which calls stayed out varied from run to run (the signer's time by half).

    /** {@code a=1&b=2&} as UTF-8. */
    private byte[] joined(String[] names, String[] values, int[] order, EmptyRule rule) {
        StringBuilder joined = text;
        joined.setLength(0);
        for (int position : order) {
            if (SignatureRule.isSigned(names[position], values[position], rule)) {
                joined.append(names[position]).append('=').append(values[position]).append('&');
            }
        }
        byte[] signedPart = joined.toString().getBytes(StandardCharsets.UTF_8);
        // a non-ASCII char (its UTF-8 is longer) may have widened the builder to two bytes a char: start afresh
        if (signedPart.length != joined.length() || joined.capacity() > KEPT_TEXT_LIMIT) {
            text = new StringBuilder(TEXT_CAPACITY);
        }
        return signedPart;
    }

    private byte[] hmac(byte[] signedPart, byte[] keyPart) {
        mac.update(signedPart);
        try {
            mac.update(keyPart);
            mac.doFinal(digest, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("the digest buffer is the Mac's own length", e);
        }
        return digest;
    }

    private String hex(byte[] bytes) {
        for (int d = 0; d < bytes.length; d++) {
            hex[2 * d] = HEX_DIGITS[(bytes[d] >> 4) & 0xf];
            hex[2 * d + 1] = HEX_DIGITS[bytes[d] & 0xf];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }
}

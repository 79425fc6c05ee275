package com.cpay.platform.adapter.http.signing;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One thread's reusable signing state: a keyed {@code Mac}, a byte buffer for the text to sign, the digest's bytes
 * and, for the last parameter names seen, their sorted order and their {@code name=} bytes. Signing runs on every
 * request and every answer or notification checked; sorting the names through String comparisons, joining through
 * a builder and a String and formatting the digest through {@code HexFormat} cost about as much as the HMAC itself.
 * Not thread-safe: {@link CpaySigner} keeps one per thread.
 */
final class SigningScratch {

    private static final int TEXT_CAPACITY = 1024;
    /** A buffer grown past this for one large request is not kept, so one large body cannot pin memory. */
    private static final int KEPT_TEXT_LIMIT = 16 * 1024;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final Mac mac;
    private final byte[] digest;
    private final byte[] hex;
    private byte[] text = new byte[TEXT_CAPACITY];
    /**
     * The names of the last parameter set signed, in its iteration order, their positions in String order, and the
     * UTF-8 bytes of {@code name=} in that order. Requests of one kind list the same names in the same order every
     * time, so the sort is done again only when a name differs. The arrays are replaced, never written into once
     * published.
     */
    private String[] lastNames = new String[0];
    private int[] lastOrder = new int[0];
    private byte[][] lastPrefixes = new byte[0][];

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
        String[] values = new String[parameters.size()];
        String[] known = lastNames;
        String[] names = values.length == known.length ? known : new String[values.length];
        int i = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (names == known && !(name == known[i] || name.equals(known[i]))) {
                names = Arrays.copyOf(known, values.length);
            }
            if (names != known) {
                names[i] = name;
            }
            values[i++] = parameter.getValue();
        }
        if (names != known) {
            remember(names);
        }
        String signature = hex(hmac(joined(lastNames, values, lastOrder, lastPrefixes, rule), keyPart));
        if (text.length > KEPT_TEXT_LIMIT) {
            text = new byte[TEXT_CAPACITY];
        }
        return signature;
    }

    private void remember(String[] names) {
        int[] order = SignatureRule.sortedPositions(names, names.length);
        byte[][] prefixes = new byte[names.length][];
        for (int k = 0; k < order.length; k++) {
            prefixes[k] = (names[order[k]] + "=").getBytes(StandardCharsets.UTF_8);
        }
        lastOrder = order;
        lastPrefixes = prefixes;
        lastNames = names;
    }

    // The steps are methods of their own so that the JIT compiles each whole: inlined into one method they
    // overran its inlining budget, and which calls stayed out varied from run to run (the signer's time by half).

    /** Writes {@code a=1&b=2&} as UTF-8 into the text buffer; returns its length. */
    private int joined(String[] names, String[] values, int[] order, byte[][] prefixes, EmptyRule rule) {
        byte[] out = text;
        int length = 0;
        for (int k = 0; k < order.length; k++) {
            int position = order[k];
            if (!SignatureRule.isSigned(names[position], values[position], rule)) {
                continue;
            }
            byte[] prefix = prefixes[k];
            byte[] value = values[position].getBytes(StandardCharsets.UTF_8);
            int needed = length + prefix.length + value.length + 1;
            if (needed > out.length) {
                out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
                text = out;
            }
            System.arraycopy(prefix, 0, out, length, prefix.length);
            length += prefix.length;
            System.arraycopy(value, 0, out, length, value.length);
            length += value.length;
            out[length++] = '&';
        }
        return length;
    }

    private byte[] hmac(int length, byte[] keyPart) {
        mac.update(text, 0, length);
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

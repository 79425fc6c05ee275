package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The merchantTradeNo of a no-order deposit whose webhook names none. It is derived from the transaction hash
 * (or C-Pay's order id when there is no hash) rather than generated, so that two deliveries racing to create
 * the deposit collide on the unique merchantTradeNo instead of creating it twice.
 */
final class NoOrderTradeNo {

    static final String PREFIX = "cpay-dep-";
    private static final int HEX_CHARS = 40;

    private NoOrderTradeNo() {
    }

    static MerchantTradeNo derive(CpayNotification notification) {
        String key = notification.hash().map(h -> "hash:" + h.value())
                .orElseGet(() -> "order:" + notification.orderId().map(id -> id.value()).orElse(""));
        return new MerchantTradeNo(PREFIX + sha256Hex(key).substring(0, HEX_CHARS));
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

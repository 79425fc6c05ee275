package com.cpay.platform.sandbox.pages;

import com.cpay.platform.sandbox.state.Order;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The HTML the simulator serves instead of C-Pay's pages. Links and form actions are absolute, built on the
 * simulator's base URL, so the pages work wherever the merchant renders them.
 */
public final class PaymentPages {

    private PaymentPages() {
    }

    public static String threeDsPath(String orderId) {
        return "/sandbox/v1/3ds/" + orderId;
    }

    public static String cashierPath(String orderId) {
        return "/sandbox/v1/cashier/" + orderId;
    }

    /** The 3DS challenge returned in pwpp's pageData: a form that posts back to the simulator. */
    public static String threeDsChallenge(String baseUrl, Order order) {
        String action = escape(baseUrl + threeDsPath(order.orderId()));
        return page("3-D Secure check", "<p>C-Pay sandbox 3-D Secure check for card " + escape(order.maskedPan())
                + ", " + escape(order.amount()) + " " + escape(order.currency()) + ".</p>"
                + "<form id=\"challenge\" method=\"post\" action=\"" + action + "\">"
                + "<button type=\"submit\" name=\"outcome\" value=\"authenticate\">Authenticate</button> "
                + "<button type=\"submit\" name=\"outcome\" value=\"fail\">Fail authentication</button>"
                + "</form>");
    }

    /** pwpp's pageData when no 3DS is needed: jump to successURL with {@code txnRef=<orderId>}. */
    public static String jumpTo(String url, String orderId, String fallbackText) {
        if (url == null || url.isBlank()) {
            return page("Payment", "<p>" + escape(fallbackText) + " Order " + escape(orderId) + ".</p>");
        }
        String target = withTxnRef(url, orderId);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + escape(target) + "\"><title>Payment</title></head>"
                + "<body><p><a href=\"" + escape(target) + "\">" + escape(fallbackText) + "</a></p></body></html>";
    }

    public static String withTxnRef(String url, String orderId) {
        return url + (url.contains("?") ? "&" : "?") + "txnRef=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
    }

    /** The hosted cashier page of createOrder and createOrderByCreditCard. */
    public static String cashier(String baseUrl, Order order, String depositAddress) {
        String action = escape(baseUrl + cashierPath(order.orderId()));
        String what = depositAddress == null
                ? "<p>Pay " + escape(order.amount()) + " " + escape(order.currency()) + " by card.</p>"
                : "<p>Send " + escape(order.amount()) + " " + escape(order.currency()) + " on "
                + escape(order.network()) + " to <code>" + escape(depositAddress) + "</code>.</p>";
        return page("C-Pay sandbox cashier", "<p>Order " + escape(order.orderId()) + " ("
                + escape(order.merchantTradeNo()) + "), status " + escape(order.status().name()) + ".</p>" + what
                + "<form method=\"post\" action=\"" + action + "\">"
                + "<button type=\"submit\" name=\"outcome\" value=\"pay\">Pay</button> "
                + "<button type=\"submit\" name=\"outcome\" value=\"fail\">Fail</button></form>");
    }

    public static String message(String title, String text) {
        return page(title, "<p>" + escape(text) + "</p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}

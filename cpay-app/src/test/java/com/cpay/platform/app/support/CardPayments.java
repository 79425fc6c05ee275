package com.cpay.platform.app.support;

/** Bodies of {@code POST /api/v1/card-payments} for tests: one direct card payment in USD with every part it needs. */
public final class CardPayments {

    private CardPayments() {
    }

    /**
     * A payment of {@code amount} USD by user card-user with this card; {@code extra} is more JSON properties written
     * into the body as they are (empty for none, else {@code "name":value,...}).
     */
    public static String body(String pan, String cvv, String expDate, String amount, String extra) {
        return "{\"userId\":\"card-user\",\"currency\":\"USD\",\"amount\":\"" + amount + "\","
                + "\"card\":{\"cardNumber\":\"" + pan + "\",\"cvv\":\"" + cvv + "\",\"expDate\":\"" + expDate + "\"},"
                + "\"cardholder\":{\"firstName\":\"hart\",\"lastName\":\"lee\",\"email\":\"asdf@gmail.com\","
                + "\"iddCode\":\"353\",\"mobile\":\"712345678\"},"
                + "\"billingAddress\":{\"addressLine\":\"Grafton-Street.1\",\"country\":\"IE\",\"city\":\"Dublin\","
                + "\"zip\":\"D02X285\"},"
                + "\"browser\":{\"clientHttpAccept\":\"text/html\",\"clientHttpUserAgent\":\"Mozilla/5.0\","
                + "\"ip\":\"203.0.113.10\"},"
                + "\"products\":[{\"name\":\"iphone\",\"price\":\"" + amount + "\",\"num\":1,\"currency\":\"USD\"}],"
                + (extra.isEmpty() ? "" : extra + ",")
                + "\"successUrl\":\"http://shop.example/ok\",\"failUrl\":\"http://shop.example/fail\"}";
    }
}

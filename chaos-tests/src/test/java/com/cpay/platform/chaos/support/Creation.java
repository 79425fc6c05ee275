package com.cpay.platform.chaos.support;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The order-creating calls of the internal API, each with the C-Pay operation it makes and whether that operation
 * moves money out (never re-sent by the platform on its own, docs/decisions.md, decision 25). {@link #body} writes a valid
 * request; a null merchantTradeNo leaves it to the app to generate one.
 */
public enum Creation {
    DEPOSIT("/api/v1/deposits", "createOrder", false),
    CRYPTO_PAYOUT("/api/v1/payouts/crypto", "withdraw", true),
    PIX_PAYOUT("/api/v1/payouts/pix", "createFiatPayoutOrder", true),
    CARD_ORDER("/api/v1/card-orders", "createOrderByCreditCard", false),
    CARD_PAYMENT("/api/v1/card-payments", "pwpp", true),
    EXCHANGE("/api/v1/exchanges", "exchange", true);

    private final String path;
    private final String operation;
    private final boolean moneyOut;

    Creation(String path, String operation, boolean moneyOut) {
        this.path = path;
        this.operation = operation;
        this.moneyOut = moneyOut;
    }

    public String path() {
        return path;
    }

    /** The C-Pay operation the call makes. */
    public String operation() {
        return operation;
    }

    /** withdraw, createFiatPayoutOrder, pwpp, exchange: never sent twice by the platform on its own. */
    public boolean moneyOut() {
        return moneyOut;
    }

    public static Optional<Creation> ofOperation(String operation) {
        for (Creation creation : values()) {
            if (creation.operation.equals(operation)) {
                return Optional.of(creation);
            }
        }
        return Optional.empty();
    }

    /** A merchantTradeNo unique to this run. */
    public static String newTradeNo(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** A valid request body; {@code tradeNo} null lets the app generate the number. */
    public String body(String tradeNo) {
        String user = "chaos-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        String number = tradeNo == null ? "" : "\"merchantTradeNo\":\"" + tradeNo + "\",";
        return switch (this) {
            case DEPOSIT -> "{" + number + "\"userId\":\"" + user + "\",\"cryptoCurrency\":\"USDT\",\"amount\":\"25\"}";
            case CRYPTO_PAYOUT -> "{" + number + "\"userId\":\"" + user + "\",\"cryptoCurrency\":\"USDT\","
                    + "\"network\":\"TRON(TRC-20)\",\"toAddress\":\"TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw\","
                    + "\"totalAmount\":\"1.5\",\"receivedAmount\":\"1.25\"}";
            case PIX_PAYOUT -> "{" + number + "\"userId\":\"1001\",\"amount\":\"5\",\"currency\":\"BRL\","
                    + "\"country\":\"BRA\",\"accountType\":\"CPF_CNPJ\",\"toAccount\":\"123.456.789-09\"}";
            case CARD_ORDER -> "{" + number + "\"userId\":\"" + user + "\",\"currency\":\"USD\",\"amount\":\"12.50\","
                    + "\"products\":[{\"name\":\"macBook\",\"price\":\"12.50\",\"num\":1,\"currency\":\"USD\"}],"
                    + "\"country\":\"US\",\"email\":\"buyer@example.com\",\"ip\":\"203.0.113.10\","
                    + "\"successUrl\":\"https://shop.merchant.example/ok\","
                    + "\"failUrl\":\"https://shop.merchant.example/failed\"}";
            case CARD_PAYMENT -> cardPayment(number, user, approvedCard());
            case EXCHANGE -> "{" + number + "\"userId\":\"" + user + "\",\"sourceCurrency\":\"USDT\","
                    + "\"sourceAmount\":\"4\",\"targetCurrency\":\"BTC\"}";
        };
    }

    /** A direct card payment with this card number. */
    public static String cardPayment(String tradeNo, String pan) {
        return cardPayment(tradeNo == null ? "" : "\"merchantTradeNo\":\"" + tradeNo + "\",", "chaos-card-payment",
                pan);
    }

    private static String approvedCard() {
        return ThreadLocalRandom.current().nextBoolean() ? CardNumbers.VISA : CardNumbers.MASTERCARD;
    }

    private static String cardPayment(String number, String user, String pan) {
        return "{" + number + "\"userId\":\"" + user + "\",\"currency\":\"USD\",\"amount\":\"19.99\","
                + "\"card\":{\"cardNumber\":\"" + pan + "\",\"cvv\":\"737\",\"expDate\":\"12/39\"},"
                + "\"cardholder\":{\"firstName\":\"hart\",\"lastName\":\"lee\",\"email\":\"buyer@example.com\","
                + "\"iddCode\":\"353\",\"mobile\":\"712345678\"},"
                + "\"billingAddress\":{\"addressLine\":\"Grafton-Street.1\",\"country\":\"IE\",\"city\":\"Dublin\","
                + "\"zip\":\"D02X285\"},"
                + "\"browser\":{\"clientHttpAccept\":\"text/html\",\"clientHttpUserAgent\":\"Mozilla/5.0\","
                + "\"ip\":\"203.0.113.10\"},"
                + "\"products\":[{\"name\":\"iphone\",\"price\":\"19.99\",\"num\":1,\"currency\":\"USD\"}],"
                + "\"successUrl\":\"https://shop.merchant.example/ok\","
                + "\"failUrl\":\"https://shop.merchant.example/failed\"}";
    }
}

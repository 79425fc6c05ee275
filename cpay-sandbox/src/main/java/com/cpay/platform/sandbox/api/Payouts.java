package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.config.SandboxConfig;
import com.cpay.platform.sandbox.generated.model.ExchangeResult;
import com.cpay.platform.sandbox.generated.model.FiatPayoutOrder;
import com.cpay.platform.sandbox.generated.model.PayoutOrder;
import com.cpay.platform.sandbox.lifecycle.Lifecycle;
import com.cpay.platform.sandbox.pricing.Fees;
import com.cpay.platform.sandbox.pricing.RateTable;
import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Assets;
import com.cpay.platform.sandbox.rules.Networks;
import com.cpay.platform.sandbox.rules.PixKeys;
import com.cpay.platform.sandbox.rules.Rejection;
import com.cpay.platform.sandbox.state.Ids;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderKind;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.state.OrderStatus;
import com.cpay.platform.sandbox.wire.LenientText;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/** Money going out: crypto payouts (s.4), fiat/PIX payouts (s.5), and exchanges between assets (s.10). */
@Singleton
final class Payouts {

    private final OrderBook orders;
    private final Lifecycle lifecycle;
    private final Fees fees;
    private final RateTable rates;
    private final SandboxConfig.Failures failures;

    Payouts(OrderBook orders, Lifecycle lifecycle, Fees fees, RateTable rates, SandboxConfig config) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.fees = fees;
        this.rates = rates;
        this.failures = config.getFailures();
    }

    /**
     * docs/decisions.md, decision 26: the fee is totalAmount - receivedAmount, exactly (the document's example: 0.0123 =
     * 66.12345678 - 66.11115678); the balance holds totalAmount until the payout ends and loses it when it completes.
     */
    PayoutOrder withdraw(String merchantId, String userId, String merchantTradeNo, String createTime, String cryptoCurrency,
                         String network, String totalAmount, String receivedAmount, String toAddress, String callbackUrl) {
        Checks.createTime(createTime);
        if (!Assets.CRYPTO.contains(cryptoCurrency)) {
            throw new Rejection("cryptoCurrency " + cryptoCurrency + " is not supported (USDT, BTC, ETH, BNB, TRX)");
        }
        Networks.requireCarries(network, cryptoCurrency);
        Networks.requireAddress("toAddress", network, toAddress);
        BigDecimal total = Amounts.positive("totalAmount", totalAmount, 8);
        BigDecimal received = Amounts.positive("receivedAmount", receivedAmount, 8);
        if (received.compareTo(total) > 0) {
            throw new Rejection("receivedAmount " + receivedAmount + " must not exceed totalAmount " + totalAmount);
        }
        BigDecimal fee = total.subtract(received);
        boolean blocked = failures.getBlockedAddresses().contains(toAddress);
        Order order = newOrder(OrderKind.CRYPTO_PAYOUT, OrderStatus.PENDING, merchantId, merchantTradeNo, userId, createTime)
                .currency(cryptoCurrency).network(network).destination(toAddress).amount(totalAmount)
                .receivedAmount(receivedAmount).fee(Amounts.text(fee)).holdAmount(total.toPlainString())
                .callbackUrl(callbackUrl).plannedOutcome(blocked ? OrderStatus.CLOSED : OrderStatus.COMPLETED)
                .closeReason(blocked ? "toAddress is blocked" : null).build();
        Order created = lifecycle.start(order, "withdraw");
        return OrderViews.payoutOrder(created);
    }

    /** PIX (payoutChannel 1) or bank card (2). The fee comes on top: orderAmount = amount + fee. */
    FiatPayoutOrder createFiatPayoutOrder(String merchantId, String userId, String merchantTradeNo, String payoutChannel,
                                          String amount, String currency, String accountType, String toAccount,
                                          String country, String createTime, String callbackUrl, String remark,
                                          String extInfo) {
        Checks.createTime(createTime);
        if ("1".equals(payoutChannel)) {
            if (!"BRL".equals(currency)) {
                throw new Rejection("currency must be BRL when payoutChannel is 1 (PIX)");
            }
            if (!"BRA".equals(country)) {
                throw new Rejection("country must be BRA when payoutChannel is 1 (PIX)");
            }
            PixKeys.require(accountType, toAccount);
        } else {
            if (!Assets.FIAT.contains(currency)) {
                throw new Rejection("currency " + currency + " is not supported (USD, EUR, BRL)");
            }
            Checks.notBlank("toAccount", toAccount);
        }
        BigDecimal value = Amounts.positive("amount", amount, 2);
        BigDecimal fee = fees.pix(value);
        BigDecimal orderAmount = value.add(fee);
        boolean invalidKey = failures.getInvalidPixKeys().contains(toAccount);
        Order order = newOrder(OrderKind.FIAT_PAYOUT, OrderStatus.PROCESSING, merchantId, merchantTradeNo, userId, createTime)
                .currency(currency).destination(toAccount).accountType(accountType).amount(Amounts.text(orderAmount))
                .receivedAmount(amount).fee(Amounts.text(fee)).holdAmount(orderAmount.toPlainString())
                .callbackUrl(callbackUrl).remark(remark).extInfo(extInfo)
                .plannedOutcome(invalidKey ? OrderStatus.CLOSED : OrderStatus.COMPLETED)
                .closeReason(invalidKey ? "the PIX key is invalid" : null).build();
        Order created = lifecycle.start(order, "createFiatPayoutOrder");
        return OrderViews.fiatPayoutOrder(created);
    }

    /**
     * Exchange at the table rate (one TARGET costs rate SOURCE): gross = sourceAmount / rate rounded down to the
     * target's scale; fee = exchange-percent of gross, in the target asset; targetAmount = gross - fee.
     * Completes at once (no webhook: the operation has no callback URL).
     */
    ExchangeResult exchange(String merchantId, String userId, String merchantTradeNo, String createTime,
                            String sourceCurrency, String sourceAmount, String targetCurrency) {
        Checks.createTime(createTime);
        Assets.requireKnown("sourceCurrency", sourceCurrency);
        Assets.requireKnown("targetCurrency", targetCurrency);
        if (sourceCurrency.equals(targetCurrency)) {
            throw new Rejection("sourceCurrency and targetCurrency must differ");
        }
        BigDecimal source = Amounts.positive("sourceAmount", sourceAmount, Assets.scale(sourceCurrency));
        String rate = rates.rate(sourceCurrency, targetCurrency);
        BigDecimal gross = rates.targetFor(sourceCurrency, targetCurrency, source);
        BigDecimal fee = fees.exchange(gross, targetCurrency);
        BigDecimal net = gross.subtract(fee);
        if (net.signum() <= 0) {
            throw new Rejection("sourceAmount is too small to exchange into " + targetCurrency);
        }
        Order order = newOrder(OrderKind.EXCHANGE, OrderStatus.COMPLETED, merchantId, merchantTradeNo, userId, createTime)
                .sourceCurrency(sourceCurrency).sourceAmount(sourceAmount).currency(targetCurrency)
                .amount(Amounts.text(net)).receivedAmount(Amounts.text(net)).fee(Amounts.text(fee)).exchangeRate(rate).build();
        orders.create(order, "exchange");
        return new ExchangeResult().exchangeRate(LenientText.text(rate)).targetAmount(Amounts.text(net))
                .targetCurrency(targetCurrency).fee(Amounts.text(fee));
    }

    private static Order.Builder newOrder(OrderKind kind, OrderStatus status, String merchantId, String merchantTradeNo,
                                          String userId, String createTime) {
        return Order.builder().orderId(Ids.orderId()).kind(kind).status(status).merchantId(merchantId)
                .merchantTradeNo(merchantTradeNo).userId(userId).merchantCreateTime(createTime)
                .createTime(System.currentTimeMillis());
    }
}

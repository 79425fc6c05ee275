package com.cpay.platform.sandbox.control;

import com.cpay.platform.sandbox.config.Merchant;
import com.cpay.platform.sandbox.config.MerchantRegistry;
import com.cpay.platform.sandbox.control.ControlModels.DepositCommand;
import com.cpay.platform.sandbox.control.ControlModels.OrderCommand;
import com.cpay.platform.sandbox.lifecycle.Lifecycle;
import com.cpay.platform.sandbox.pricing.Fees;
import com.cpay.platform.sandbox.rules.Amounts;
import com.cpay.platform.sandbox.rules.Assets;
import com.cpay.platform.sandbox.rules.Networks;
import com.cpay.platform.sandbox.rules.Rejection;
import com.cpay.platform.sandbox.state.DepositAddresses;
import com.cpay.platform.sandbox.state.Ids;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderKind;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.state.OrderStatus;
import com.cpay.platform.sandbox.state.WalletAddress;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/** Orders put in place through the control API: provider-state orders and no-order-mode deposits. */
@Singleton
final class OrderPlacement {

    private final OrderBook orders;
    private final DepositAddresses addresses;
    private final MerchantRegistry merchants;
    private final Lifecycle lifecycle;
    private final Fees fees;

    OrderPlacement(OrderBook orders, DepositAddresses addresses, MerchantRegistry merchants, Lifecycle lifecycle, Fees fees) {
        this.orders = orders;
        this.addresses = addresses;
        this.merchants = merchants;
        this.lifecycle = lifecycle;
        this.fees = fees;
    }

    /** An order in the given status, as if it had got there; no webhook, no lifecycle. */
    Order place(OrderCommand command) {
        OrderKind kind = OrderKind.parse(command.kind());
        if (kind == OrderKind.EXCHANGE) {
            throw new Rejection("exchanges complete at once: call the exchange operation instead");
        }
        String currency = command.currency() != null ? command.currency() : defaultCurrency(kind);
        Assets.requireKnown("currency", currency);
        BigDecimal amount = Amounts.positive("amount", command.amount(), Assets.scale(currency));
        BigDecimal fee = command.fee() == null ? null : Amounts.parse("fee", command.fee(), Assets.scale(currency));
        BigDecimal received = command.receivedAmount() == null ? null
                : Amounts.parse("receivedAmount", command.receivedAmount(), Assets.scale(currency));
        if (kind == OrderKind.CRYPTO_PAYOUT) {
            // the withdraw rule (docs/decisions.md, decision 26) fills in what is not given; both given may disagree on purpose
            received = received != null ? received : fee != null ? amount.subtract(fee) : amount;
            fee = fee != null ? fee : amount.subtract(received);
            if (received.compareTo(amount) > 0 || fee.signum() < 0) {
                throw new Rejection("a crypto payout's receivedAmount and fee must not exceed its amount (totalAmount)");
            }
        }
        received = received != null ? received : amount;
        fee = fee != null ? fee : BigDecimal.ZERO;
        String network = command.network() != null ? command.network()
                : Assets.CRYPTO.contains(currency) ? Networks.defaultNetworkOf(currency) : null;
        Order order = Order.builder().orderId(command.orderId() != null ? command.orderId() : Ids.orderId())
                .merchantId(merchant(command.merchantId()).id()).merchantTradeNo(command.merchantTradeNo()).kind(kind)
                .status(command.status() == null ? OrderStatus.PENDING : OrderStatus.parse(command.status()))
                .userId(command.userId()).currency(currency).network(network).amount(amount.toPlainString())
                .receivedAmount(received.toPlainString()).fee(Amounts.text(fee)).holdAmount(amount.toPlainString())
                .hash(command.hash())
                .destination(command.destination()).callbackUrl(command.callbackUrl()).extInfo(command.extInfo())
                .createTime(System.currentTimeMillis()).build();
        if (command.orderId() != null && orders.find(command.orderId()).isPresent()) {
            throw new Rejection("orderId " + command.orderId() + " already exists");
        }
        return orders.create(order, "placed through the control API");
    }

    /** No-order mode (s.2, s.15): funds arrive at a user's address; recorded, credited and notified. */
    Order deposit(DepositCommand command) {
        Merchant merchant = merchant(command.merchantId());
        Assets.requireKnown("currency", command.currency());
        WalletAddress wallet = wallet(merchant, command);
        Networks.requireCarries(wallet.network(), command.currency());
        BigDecimal amount = Amounts.positive("amount", command.amount(), Assets.scale(command.currency()));
        BigDecimal fee = fees.deposit(amount, command.currency());
        OrderStatus status = command.status() == null ? OrderStatus.COMPLETED : OrderStatus.parse(command.status());
        Order order = Order.builder().orderId(Ids.orderId()).merchantId(merchant.id()).kind(OrderKind.NO_ORDER_DEPOSIT)
                .status(status).userId(wallet.userId()).currency(command.currency()).network(wallet.network())
                .destination(wallet.address()).amount(command.amount()).fee(Amounts.text(fee))
                .receivedAmount(Amounts.text(amount.subtract(fee)))
                .hash(command.hash() != null && !command.hash().isBlank() ? command.hash() : Ids.hash(wallet.network()))
                .callbackUrl(command.callbackUrl()).createTime(System.currentTimeMillis()).build();
        return lifecycle.startAndNotify(order, "no-order deposit");
    }

    private WalletAddress wallet(Merchant merchant, DepositCommand command) {
        if (command.address() != null && !command.address().isBlank()) {
            return addresses.ownerOf(command.address())
                    .filter(w -> w.merchantId().equals(merchant.id()))
                    .orElseThrow(() -> new Rejection("address " + command.address()
                            + " was not handed out by getWalletAddress to a user of merchant " + merchant.id()));
        }
        if (command.userId() == null || command.userId().isBlank()) {
            throw new Rejection("address, or userId (and network), is required");
        }
        String network = command.network() != null ? command.network() : Networks.defaultNetworkOf(command.currency());
        return addresses.wallet(merchant.id(), command.userId()).stream().filter(w -> w.network().equals(network)).findFirst()
                .orElseThrow(() -> new Rejection("network " + network + " is not supported"));
    }

    private Merchant merchant(String merchantId) {
        if (merchantId == null || merchantId.isBlank()) {
            return merchants.primary();
        }
        return merchants.find(merchantId).orElseThrow(() -> new Rejection("merchantId " + merchantId + " is not a known merchant"));
    }

    private static String defaultCurrency(OrderKind kind) {
        return switch (kind) {
            case FIAT_PAYOUT -> "BRL";
            case CARD_HOSTED, CARD_DIRECT -> "USD";
            case CRYPTO_DEPOSIT, NO_ORDER_DEPOSIT, CRYPTO_PAYOUT, EXCHANGE -> "USDT";
        };
    }
}

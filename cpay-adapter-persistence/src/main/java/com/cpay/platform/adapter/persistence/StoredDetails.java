package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.StoredAssets.asset;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.money.RoundedCardAmount;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixKey;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.quote.model.ExchangeRate;
import com.cpay.platform.domain.quote.model.ExchangeResult;
import com.cpay.platform.domain.shared.TransactionHash;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The JSON documents of {@code orders.details}, one record per kind of {@link OrderDetails}. Each document holds
 * what its kind adds to the order; what every kind has or what the database must guard stays a column and is
 * handed in when reading ({@link Columns}). Absent values are left out of the document (never {@code null}).
 */
final class StoredDetails {

    private StoredDetails() {
    }

    /** The details' parts kept as columns of the order row. */
    record Columns(Asset reportingAsset, Optional<TransactionHash> hash, String maskedPan) {
    }

    /** One document; {@link #details} rebuilds the domain's details from it and the columns. */
    sealed interface Document permits Deposit, HostedCard, Card, CryptoPayout, Pix, Exchange {
        OrderDetails details(Columns columns);
    }

    /** The document of {@code details}, ready to be written. */
    static Document of(OrderDetails details) {
        if (details instanceof CryptoDepositDetails d) {
            return new Deposit(d.network().map(Network::wireName).orElse(null), d.cashierUrl().orElse(null));
        } else if (details instanceof HostedCardDetails d) {
            return new HostedCard(d.cashierUrl().orElse(null));
        } else if (details instanceof CardPaymentDetails d) {
            return new Card(StoredMoney.of("amount", d.amount().charged()), d.amount().requested().toPlainString(),
                    d.redirect().flatMap(CardRedirect::pageData).orElse(null),
                    d.redirect().flatMap(CardRedirect::redirectUrl).orElse(null), d.ccStorageId().orElse(null));
        } else if (details instanceof CryptoPayoutDetails d) {
            return new CryptoPayout(d.network().wireName(), d.toAddress(),
                    StoredMoney.of("totalAmount", d.amounts().totalAmount()),
                    StoredMoney.of("receivedAmount", d.amounts().receivedAmount()));
        } else if (details instanceof PixPayoutDetails d) {
            return new Pix(StoredMoney.of("amount", d.terms().amount()), d.terms().country(),
                    d.terms().toAccount().type().name(), d.terms().toAccount().value());
        } else if (details instanceof ExchangeDetails d) {
            Optional<ExchangeResult> r = d.result();
            return new Exchange(StoredMoney.of("sourceAmount", d.sourceAmount()),
                    r.map(x -> StoredMoney.of("targetAmount", x.targetAmount())).orElse(null),
                    r.map(x -> x.rate().toWireString()).orElse(null),
                    r.map(x -> StoredMoney.of("fee", x.fee())).orElse(null));
        }
        throw new IllegalArgumentException("no document for details " + details.getClass().getSimpleName());
    }

    /** The document class that {@code kind}'s details are stored as. */
    static Class<? extends Document> type(OrderKind kind) {
        return switch (kind) {
            case CRYPTO_DEPOSIT -> Deposit.class;
            case HOSTED_CARD -> HostedCard.class;
            case DIRECT_CARD -> Card.class;
            case CRYPTO_PAYOUT -> CryptoPayout.class;
            case PIX_PAYOUT -> Pix.class;
            case CRYPTO_EXCHANGE -> Exchange.class;
        };
    }

    /**
     * An amount as text in plain notation (never a JSON number, so never a double) with its asset code. Held to what
     * the amount columns hold (at most 8 decimals, 30 digits before the point) and written without trailing zeros,
     * the form in which amounts are read back from those columns.
     */
    record StoredMoney(String amount, String asset) {

        static StoredMoney of(String field, Money money) {
            return new StoredMoney(StoredAssets.amount(field, money).stripTrailingZeros().toPlainString(),
                    money.asset().code());
        }

        Money money() {
            return StoredAssets.money(amount == null ? null : new BigDecimal(amount), asset);
        }
    }

    record Deposit(String network, String cashierUrl) implements Document {
        @Override
        public OrderDetails details(Columns c) {
            return new CryptoDepositDetails(c.reportingAsset(), Optional.ofNullable(network).map(Network::of),
                    Optional.ofNullable(cashierUrl), c.hash());
        }
    }

    record HostedCard(String cashierUrl) implements Document {
        @Override
        public OrderDetails details(Columns c) {
            return new HostedCardDetails(c.reportingAsset(), Optional.ofNullable(cashierUrl));
        }
    }

    /** {@code requested}: the amount exactly as asked, before the documented round-down, any number of decimals. */
    record Card(StoredMoney charged, String requested, String redirectPage, String redirectUrl, String ccStorageId)
            implements Document {
        @Override
        public OrderDetails details(Columns c) {
            Money paid = charged.money();
            BigDecimal asked = new BigDecimal(requested);
            BigDecimal roundedOff = asked.subtract(paid.amount());
            Optional<CardRedirect> redirect = redirectPage == null && redirectUrl == null ? Optional.empty()
                    : Optional.of(new CardRedirect(Optional.ofNullable(redirectPage), Optional.ofNullable(redirectUrl)));
            return new CardPaymentDetails(MaskedPan.parse(c.maskedPan()),
                    new RoundedCardAmount(paid, asked, roundedOff, roundedOff.signum() != 0), redirect,
                    Optional.ofNullable(ccStorageId));
        }
    }

    record CryptoPayout(String network, String toAddress, StoredMoney total, StoredMoney received) implements Document {
        @Override
        public OrderDetails details(Columns c) {
            return new CryptoPayoutDetails(Network.of(network), toAddress,
                    new CryptoPayoutAmounts(total.money(), received.money()), c.hash());
        }
    }

    record Pix(StoredMoney amount, String country, String accountType, String key) implements Document {
        @Override
        public OrderDetails details(Columns c) {
            return new PixPayoutDetails(new PixPayoutTerms(amount.money(), country,
                    new PixKey(PixAccountType.valueOf(accountType), key)));
        }
    }

    /** {@code target}, {@code rate} and {@code fee} are all present once C-Pay answered, all absent before. */
    record Exchange(StoredMoney source, StoredMoney target, String rate, StoredMoney fee) implements Document {
        @Override
        public OrderDetails details(Columns c) {
            Optional<ExchangeResult> result = rate == null ? Optional.empty()
                    : Optional.of(new ExchangeResult(asset(target.asset()), target.money(),
                            new ExchangeRate(new BigDecimal(rate)), fee.money()));
            return new ExchangeDetails(source.money(), c.reportingAsset(), result);
        }
    }
}

package com.cpay.platform.adapter.persistence;

import static com.cpay.platform.adapter.persistence.OrderExamples.T0;
import static com.cpay.platform.adapter.persistence.OrderExamples.USER;
import static com.cpay.platform.adapter.persistence.OrderExamples.tradeNo;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.order.CpayRejection;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.MaskedPan;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.order.OrderRepository;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V7 on a database filled by the schema up to V6: every order, of every kind, reads back through the repository
 * exactly as it was stored, its kind-specific values now in the {@code details} document; the document the
 * migration wrote is the one the adapter writes; the old columns are gone.
 */
abstract class DetailsMigrationContract {

    private static final String MERCHANT = "merchant-test";

    abstract Database database();

    @Test
    void orders_stored_before_v7_read_back_unchanged_with_their_details_as_json() throws Exception {
        if (database() == Database.POSTGRESQL) {
            Assumptions.assumeTrue(Database.postgresUnavailable().isEmpty(), () -> "PostgreSQL at 127.0.0.1:5432 "
                    + "not reachable: " + Database.postgresUnavailable().orElse(""));
        }
        List<Order> before = orders();
        assertThat(before).extracting(Order::kind).containsAll(EnumSet.allOf(OrderKind.class));
        Database.Isolated place = database().isolate("StorageDetailsMigration");
        try {
            place.flyway(MigrationVersion.fromVersion("6")).migrate();
            try (Connection c = place.connect()) {
                for (Order order : before) {
                    V6OrderRows.insert(c, MERCHANT, order.snapshot());
                }
            }

            assertThat(place.flyway(MigrationVersion.fromVersion("7")).migrate().migrationsExecuted).isEqualTo(1);
            place.flyway(MigrationVersion.LATEST).migrate();

            try (Connection c = place.connect()) {
                assertThat(orderColumns(c)).contains("details", "masked_pan", "tx_hash", "reporting_asset")
                        .doesNotContain("network", "cashier_url", "card_redirect_page", "cc_storage_id", "pix_key",
                                "payout_to_address", "exchange_rate", "exchange_fee_amount", "card_charged_amount");
                assertThat(CardDataScanner.findCardData(c)).isEmpty();
            }
            try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                    .environments("test").properties(place.properties()).start();
                 Connection c = place.connect()) {
                OrderRepository repository = context.getBean(OrderRepository.class);
                for (Order order : before) {
                    Order read = repository.findByMerchantTradeNo(order.merchantTradeNo()).orElseThrow();
                    assertThat(read.snapshot()).as(order.merchantTradeNo().value()).isEqualTo(order.snapshot());
                    assertThat(storedDetails(c, order)).as(order.merchantTradeNo().value())
                            .isEqualTo(DetailsJson.write(read.details()));
                }
                // and the migrated orders go on living: an update appends to the history the migration kept
                Order payout = repository.findByMerchantTradeNo(tradeNo("v6-payout")).orElseThrow();
                payout.clearReview(T0.plusSeconds(60));
                Order updated = repository.update(payout);
                assertThat(repository.findByMerchantTradeNo(tradeNo("v6-payout")).orElseThrow().snapshot())
                        .isEqualTo(updated.snapshot());
            }
        } finally {
            place.drop();
        }
    }

    /**
     * {@link OrderExamples#everyKind} plus the edges of each kind: nothing optional known yet, amounts with eight
     * decimals and thirty digits before the point, text that JSON must escape, a refusal, an unknown outcome.
     */
    private static List<Order> orders() {
        List<Order> orders = new ArrayList<>(OrderExamples.everyKind("v6"));
        orders.add(OrderExamples.deposit("v6-bare-deposit"));
        orders.add(Order.open(tradeNo("v6-bare-hosted"), NewOrder.hostedCard(Optional.empty(), USER, Money.parse("a",
                "0.01", Asset.EUR)), T0));
        orders.add(Order.open(tradeNo("v6-bare-exchange"), NewOrder.exchange(Optional.empty(), USER,
                Money.parse("sourceAmount", "123456789012345678901234567890.12345678", Asset.USDT), Asset.BTC), T0));

        Order card = Order.open(tradeNo("v6-card-escapes"), NewOrder.directCard(Optional.empty(), USER,
                CardAmount.roundDown("amount", "5", Asset.EUR), MaskedPan.mask(OrderExamples.TEST_PAN)), T0);
        card.updateDetails(((CardPaymentDetails) card.details()).withRedirect(new CardRedirect(
                Optional.of("<form action=\"https://acs.example/a?b=1&c=2\">\n\t<input value='x\\y'/> \u00e9\u4e2d"
                        + " \u0001</form>"), Optional.empty())), T0.plusMillis(5));
        card.recordRejection(new CpayRejection(40012L, "card \"declined\"\nby issuer", "trace-77", T0.plusMillis(9)));
        orders.add(card);

        Order payout = Order.open(tradeNo("v6-payout-exact"), NewOrder.cryptoPayout(Optional.empty(), USER,
                new CryptoAddress(Network.TRON, "TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"),
                CryptoPayoutAmounts.of("123456789012345678901234567890.12345678", "0.00000001", Asset.USDT)), T0);
        payout.markOutcomeUnknown("the answer to withdraw was lost", EventSource.CREATE_RESPONSE, T0.plusSeconds(1),
                T0.plusSeconds(61));
        payout.flagForReview(ReviewReason.values()[0], "checked by hand", T0.plusSeconds(2));
        orders.add(payout);

        orders.add(Order.open(tradeNo("v6-pix-cpf"), NewOrder.pixPayout(Optional.empty(), USER,
                PixPayoutTerms.of("0.01", "BRL", "BRA", "1", "529.982.247-25")), T0));
        return orders;
    }

    private static String storedDetails(Connection c, Order order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT details FROM orders WHERE merchant_trade_no = ?")) {
            ps.setString(1, order.merchantTradeNo().value());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private static Set<String> orderColumns(Connection c) throws SQLException {
        Set<String> names = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND LOWER(table_name) = 'orders'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}

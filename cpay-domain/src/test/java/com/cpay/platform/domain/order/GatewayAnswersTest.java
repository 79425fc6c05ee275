package com.cpay.platform.domain.order;

import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.card.DirectCardPaymentResult;
import com.cpay.platform.domain.card.HostedCardOrder;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.payout.PayoutAccepted;
import com.cpay.platform.domain.reconciliation.OrderLookup;
import com.cpay.platform.domain.reconciliation.OrderReport;
import static com.cpay.platform.domain.shared.ViolationAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.AssetKind;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayAnswersTest {

    private static final CpayOrderId ID = new CpayOrderId("221116112637772768014");
    private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

    @Test
    void empty_texts_in_cpay_answers_mean_absent() {
        CreatedDeposit deposit = new CreatedDeposit(ID, Optional.of(""), null, null, null, Optional.of(" "), null);

        assertThat(deposit.cashierUrl()).isEmpty();
        assertThat(deposit.status()).isEmpty();
        assertThat(deposit.amounts()).isEqualTo(ReportedAmounts.none());
        assertThat(deposit.network()).isEmpty();
        assertThat(deposit.remark()).isEmpty();
        assertThat(deposit.extInfo()).isEmpty();
        assertThat(CreatedDeposit.of(ID, "https://c.example").cashierUrl()).contains("https://c.example");
    }

    @Test
    void the_signature_of_a_card_order_answer_is_kept_but_never_shown() {
        HostedCardOrder order = new HostedCardOrder(ID, Optional.empty(), Optional.of(StatusCode.of("15")), null,
                Optional.of("e344e3a24ea4163c"));

        assertThat(order.responseSignature()).contains("e344e3a24ea4163c");
        assertThat(order.toString()).doesNotContain("e344e3a24ea4163c").contains("present").contains("CLOSED");
        assertThat(new HostedCardOrder(ID, null, null, null, null).toString()).contains("responseSignature=none")
                .contains("status=none");
    }

    @Test
    void a_stored_card_id_is_kept_but_never_shown() {
        DirectCardPaymentResult result = new DirectCardPaymentResult(Optional.of(ID),
                Optional.of(CardRedirect.url("https://3ds.example")), Optional.of("cc-secret"));

        assertThat(result.toString()).doesNotContain("cc-secret").contains(ID.value()).contains("3ds.example");
        DirectCardPaymentResult bare = new DirectCardPaymentResult(null, null, Optional.of(""));
        assertThat(bare.ccStorageId()).isEmpty();
        assertThat(bare.toString()).contains("cpayOrderId=none").contains("redirect=none").contains("ccStorageId=none");
    }

    @Test
    void a_payout_answer_lists_the_amounts_it_reported() {
        Money fee = Money.parse("fee", "0.5", Asset.BRL);
        PayoutAccepted accepted = new PayoutAccepted(null, null, null, null, Optional.of(fee));

        assertThat(accepted.amounts().fee()).contains(fee);
        assertThat(accepted.amounts().orderAmount()).isEmpty();
        assertThat(accepted.cpayOrderId()).isEmpty();
        assertThat(accepted.status()).isEmpty();
        assertThat(accepted.receivedAmount()).isEmpty();
    }

    @Test
    void an_order_report_reads_its_amounts_in_the_orders_asset_ignoring_trailing_zeros() {
        OrderReport report = OrderReport.of(ID, StatusCode.of("14"))
                .withAmount(AmountKind.ACTUAL_AMOUNT, new BigDecimal("1.500000000"))
                .withAmount(AmountKind.FEE, new BigDecimal("0"));

        assertThat(report.amountsIn(Asset.BTC).actualAmount()).contains(Money.parse("a", "1.5", Asset.BTC));
        assertThat(report.amountsIn(Asset.USD).fee()).contains(Money.zero(Asset.USD));
        assertThat(OrderReport.of(ID, StatusCode.of("14")).withAmount(AmountKind.FEE, new BigDecimal("12.34"))
                .amountsIn(Asset.USD).fee()).contains(Money.parse("a", "12.34", Asset.USD));
        assertRefused(() -> report.amountsIn(new Asset("JPY", 0, AssetKind.FIAT)), "actualAmount", "max-scale");
        assertRefused(() -> OrderReport.of(ID, StatusCode.of("14"))
                .withAmount(AmountKind.ACTUAL_AMOUNT, new BigDecimal("1.005")).amountsIn(Asset.USD),
                "actualAmount", "max-scale");
    }

    @Test
    void an_order_report_becomes_a_query_event() {
        TransactionHash hash = new TransactionHash("c4dbbf5737c5");
        OrderReport report = OrderReport.of(ID, StatusCode.of("11")).withHash(hash)
                .withAmount(AmountKind.RECEIVED_AMOUNT, BigDecimal.TEN);

        StatusEvent event = report.toStatusEvent(Asset.USDT, AT);

        assertThat(event.source()).isEqualTo(EventSource.ORDER_QUERY);
        assertThat(event.code()).isEqualTo(StatusCode.of("11"));
        assertThat(event.cpayOrderId()).contains(ID);
        assertThat(event.hash()).contains(hash);
        assertThat(event.observedAt()).isEqualTo(AT);
        assertThat(event.amounts().receivedAmount()).contains(Money.parse("a", "10", Asset.USDT));
    }

    @Test
    void an_order_report_keeps_its_own_copy_of_the_amounts_and_normalises_absent_fields() {
        Map<AmountKind, BigDecimal> amounts = new EnumMap<>(AmountKind.class);
        amounts.put(AmountKind.FEE, BigDecimal.ONE);
        OrderReport report = new OrderReport(null, StatusCode.of("0"), null, null, null, Optional.of(""), null,
                amounts, null, Optional.of("  "), null);
        amounts.clear();

        assertThat(report.amounts()).containsEntry(AmountKind.FEE, BigDecimal.ONE);
        assertThat(report.currency()).isEmpty();
        assertThat(report.remark()).isEmpty();
        assertThat(report.cpayOrderId()).isEmpty();
        assertThat(report.merchantTradeNo()).isEmpty();
        assertThat(report.merchantUserId()).isEmpty();
        assertThat(report.network()).isEmpty();
        assertThat(report.createTime()).isEmpty();
        assertThat(report.extInfo()).isEmpty();
        assertThat(new OrderReport(null, StatusCode.of("0"), null, null, null, null, null, null, null, null, null)
                .amounts()).isEmpty();
    }

    @Test
    void an_order_is_looked_up_by_one_key() {
        assertThat(OrderLookup.of(new MerchantTradeNo("m-1"))).isInstanceOf(OrderLookup.ByMerchantTradeNo.class);
        assertThat(OrderLookup.of(ID)).isEqualTo(new OrderLookup.ByCpayOrderId(ID));
        assertThat(OrderLookup.of(new TransactionHash("h"))).isInstanceOf(OrderLookup.ByHash.class);
    }

    @Test
    void a_balance_is_money_only_where_it_fits_the_currency() {
        AssetCatalog catalog = AssetCatalog.standard();

        assertThat(new Balance("USDT", new BigDecimal("11.008"), BigDecimal.ZERO).availableIn(catalog))
                .contains(Money.parse("a", "11.008", Asset.USDT));
        assertThat(new Balance("USD", new BigDecimal("12.237"), BigDecimal.ZERO).availableIn(catalog)).isEmpty();
        assertThat(new Balance("USD", new BigDecimal("12.230"), BigDecimal.ZERO).availableIn(catalog))
                .contains(Money.parse("a", "12.23", Asset.USD));
        assertThat(new Balance("DOGE", BigDecimal.ONE, BigDecimal.ZERO).availableIn(catalog)).isEmpty();
        assertRefused(() -> new Balance("", BigDecimal.ONE, BigDecimal.ONE), "currency", "required");
    }

    @Test
    void a_deposit_address_names_its_coin_as_cpay_wrote_it() {
        DepositAddress address = new DepositAddress("usdt", Network.TRON, "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw");

        assertThat(address.asset(AssetCatalog.standard())).contains(Asset.USDT);
        assertThat(new DepositAddress("DOGE", Network.of("Dogecoin"), "D1").asset(AssetCatalog.standard())).isEmpty();
        assertRefused(() -> new DepositAddress("USDT", Network.TRON, " "), "address", "required");
        assertRefused(() -> new DepositAddress("A".repeat(17), Network.TRON, "a"), "currency", "max-length");
    }

    @Test
    void a_deposit_sent_to_cpay_is_in_a_crypto_asset() {
        assertRefused(() -> Order.open(new MerchantTradeNo("m"), NewOrder.cryptoDeposit(Optional.empty(),
                new UserId("u"), Money.parse("a", "1", Asset.USD)), AT), "cryptoCurrency", "crypto-required");
    }
}

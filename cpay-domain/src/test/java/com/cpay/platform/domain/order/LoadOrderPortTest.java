package com.cpay.platform.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.domain.fake.InMemoryOrderRepository;
import com.cpay.platform.domain.fake.MutableClock;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.TransactionHash;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A store written before {@link HistoryRead} existed answers every read with the whole history, which is correct. */
class LoadOrderPortTest {

    private final InMemoryOrderRepository stored = new InMemoryOrderRepository(new MutableClock());

    /** Implements only the finders without a {@link HistoryRead}. */
    private final LoadOrderPort wholeOnly = new LoadOrderPort() {
        @Override
        public Optional<Order> findByMerchantTradeNo(MerchantTradeNo merchantTradeNo) {
            return stored.findByMerchantTradeNo(merchantTradeNo);
        }

        @Override
        public Optional<Order> findByCpayOrderId(CpayOrderId cpayOrderId) {
            return stored.findByCpayOrderId(cpayOrderId);
        }

        @Override
        public Optional<Order> findByHash(TransactionHash hash) {
            return stored.findByHash(hash);
        }

        @Override
        public OrderPage list(OrderQuery query) {
            return stored.list(query);
        }
    };

    @Test
    void a_store_that_reads_only_whole_histories_answers_a_read_of_the_last_entry_with_the_whole_history() {
        Order order = stored.insert(OrderFixtures.deposit());
        order.apply(OrderFixtures.event(OrderStatus.PROCESSING, 1).withCpayOrderId(OrderFixtures.CPAY_ID)
                .withHash(OrderFixtures.HASH));
        order = stored.update(order);
        order.apply(OrderFixtures.event(OrderStatus.COMPLETED, 2));
        OrderSnapshot whole = stored.update(order).snapshot();

        assertThat(wholeOnly.findByMerchantTradeNo(OrderFixtures.TRADE_NO, HistoryRead.LAST_ENTRY))
                .map(Order::snapshot).contains(whole);
        assertThat(wholeOnly.findByCpayOrderId(OrderFixtures.CPAY_ID, HistoryRead.LAST_ENTRY))
                .map(Order::snapshot).contains(whole);
        assertThat(wholeOnly.findByHash(OrderFixtures.HASH, HistoryRead.LAST_ENTRY))
                .map(Order::snapshot).contains(whole);
    }
}

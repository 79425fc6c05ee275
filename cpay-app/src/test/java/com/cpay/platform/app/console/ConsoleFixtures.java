package com.cpay.platform.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.cpay.platform.app.support.Http;
import com.cpay.platform.app.support.Orders;
import com.cpay.platform.app.support.TestApp;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ReviewReason;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.sandbox.SandboxControl;
import com.cpay.platform.sandbox.fault.FaultKind;
import com.cpay.platform.sandbox.fault.FaultSpec;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** What the console's tests set up alike: the two accounts, and a payout whose answer was lost. */
final class ConsoleFixtures {

    static final String TRON_ADDRESS = "TRMYtLHzmTeMm1FW86LZh2LGnE2D7kJnnw";

    private ConsoleFixtures() {
    }

    /** alice (OPERATOR) and victor (VIEWER), with cheap bcrypt hashes, plus any other settings. */
    static Map<String, Object> accounts(Map<String, String> more) {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        Map<String, Object> properties = new java.util.HashMap<>(more);
        properties.put("cpay.console.operators.alice.password-hash", bcrypt.encode("alice-password"));
        properties.put("cpay.console.operators.alice.role", "OPERATOR");
        properties.put("cpay.console.operators.victor.password-hash", bcrypt.encode("victor-password"));
        properties.put("cpay.console.operators.victor.role", "VIEWER");
        return properties;
    }

    /**
     * A withdrawal whose answer was lost (the connection dropped), that getOrderDetail cannot find, flagged for
     * review as reconciliation does once its lookups are used up (ReviewReason.OUTCOME_UNKNOWN).
     */
    static String lostPayout(TestApp app, String prefix) {
        Http http = new Http(app.url());
        SandboxControl simulator = app.simulator();
        String lost = Orders.tradeNo(prefix);
        simulator.autoAdvance(false);
        simulator.addFault(new FaultSpec("withdraw", FaultKind.DROP_CONNECTION, 1, null, null, null, null, null));
        // getOrderDetail answers C-Pay's generic code 1: no proof either way, so the outcome stays unknown
        simulator.addFault(new FaultSpec("getOrderDetail", FaultKind.ENVELOPE_ERROR, 20, null, null, null, 1L,
                "fail"));
        assertThat(http.postJson("/api/v1/payouts/crypto", "{\"userId\":\"2345\",\"merchantTradeNo\":\"" + lost
                + "\",\"cryptoCurrency\":\"USDT\",\"network\":\"TRON(TRC-20)\",\"toAddress\":\"" + TRON_ADDRESS
                + "\",\"totalAmount\":\"10\",\"receivedAmount\":\"9\"}").statusCode()).isEqualTo(503);
        simulator.clearFaults();
        LoadOrderPort load = app.context().getBean(LoadOrderPort.class);
        Order order = load.findByMerchantTradeNo(new MerchantTradeNo(lost)).orElseThrow();
        order.flagForReview(ReviewReason.OUTCOME_UNKNOWN, "getOrderDetail did not show it after 8 lookups",
                Instant.now());
        app.context().getBean(SaveOrderPort.class).update(order);
        return lost;
    }
}

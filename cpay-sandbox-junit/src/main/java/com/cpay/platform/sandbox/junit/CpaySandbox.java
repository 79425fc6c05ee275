package com.cpay.platform.sandbox.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a simulated C-Pay for the annotated test class: started in the test's JVM on a free loopback port before the
 * first test, reset before each test, stopped after the last (or at the end of the run with {@link Scope#PER_JVM}).
 * Test methods, constructors and lifecycle methods get it as a {@link CpaySandboxHandle} parameter:
 * <pre>{@code
 * @CpaySandbox
 * class PayoutTest {
 *     @Test
 *     void a_payout_completes(CpaySandboxHandle cpay) {
 *         var client = new MyCpayClient(cpay.baseUrl(), cpay.merchantId(), cpay.secretKey());
 *         ...
 *         cpay.moveOrder(merchantTradeNo, "COMPLETED");
 *         cpay.awaitWebhook(w -> merchantTradeNo.equals(w.merchantTradeNo()), Duration.ofSeconds(5));
 *     }
 * }
 * }</pre>
 * For settings in code, register a {@link CpaySandboxServer} with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CpaySandboxExtension.class)
public @interface CpaySandbox {

    /** One simulator per test class (default), or one per JVM shared by every class with the same settings. */
    Scope scope() default Scope.PER_CLASS;

    /**
     * Simulator settings as {@code key=value}: {@code cpay.sandbox.*} keys of cpay-sandbox/README.md (merchant id
     * and key, fees, rates, failure rules, {@code signature-empty-rule}...) or Micronaut keys.
     */
    String[] properties() default {};

    /**
     * Lifecycle steps of 50 ms and webhook retries from 20 ms (default), so that a test does not wait for the
     * simulator's real-time pace (1 s to PROCESSING, 2 s to COMPLETED, retries from 1 s).
     */
    boolean fastLifecycle() default true;

    /** Forget orders, balances, faults, logs and received webhooks before each test (default). */
    boolean resetBeforeEach() default true;

    /** How long one simulator lives. */
    enum Scope {
        /** Started before the class's first test, stopped after its last. */
        PER_CLASS,
        /** Started by the first class that needs it, shared by every later class with the same settings, stopped at
         *  the end of the test run. */
        PER_JVM
    }
}

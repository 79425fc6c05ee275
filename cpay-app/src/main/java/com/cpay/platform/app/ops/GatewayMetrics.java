package com.cpay.platform.app.ops;

import com.cpay.platform.domain.account.CpayAccountGateway;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.exchange.CpayExchangeGateway;
import com.cpay.platform.domain.kyc.CpayKycGateway;
import com.cpay.platform.domain.reconciliation.CpayOrderQueryGateway;
import com.cpay.platform.domain.payout.CpayPayoutGateway;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * Times every C-Pay operation at the gateway ports, whatever adapter implements them: timer
 * {@code cpay.gateway.calls} tagged {@code operation} (the port method: createDeposit, requestPixPayout, findOrder
 * ...) and {@code outcome} ({@code ok}, {@code rejected} = C-Pay answered code != 0, {@code unavailable} =
 * timeout/unreachable/unreadable, {@code error}); Prometheus shows it as {@code cpay_gateway_calls_seconds_*}.
 * Each gateway bean is wrapped when it is created, so the adapters need not know about metrics.
 */
final class GatewayMetrics {

    private GatewayMetrics() {
    }

    @SuppressWarnings("unchecked")
    static <T> T timed(Class<T> port, T target, MeterRegistry meters) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            long start = System.nanoTime();
            String outcome = "ok";
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                outcome = cause instanceof GatewayRejectedException ? "rejected"
                        : cause instanceof GatewayUnavailableException ? "unavailable" : "error";
                throw cause;
            } finally {
                Timer.builder("cpay.gateway.calls").description("C-Pay calls by operation and outcome")
                        .tag("operation", method.getName()).tag("outcome", outcome)
                        .register(meters).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        };
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, handler);
    }

    abstract static class Wrapper<T> implements BeanCreatedEventListener<T> {
        private final Class<T> port;
        private final BeanProvider<MeterRegistry> meters;

        Wrapper(Class<T> port, BeanProvider<MeterRegistry> meters) {
            this.port = port;
            this.meters = meters;
        }

        @Override
        public T onCreated(BeanCreatedEvent<T> event) {
            T bean = event.getBean();
            return Proxy.isProxyClass(bean.getClass()) ? bean : timed(port, bean, meters.get());
        }
    }

    @Singleton
    static final class Deposits extends Wrapper<CpayDepositGateway> {
        Deposits(BeanProvider<MeterRegistry> meters) {
            super(CpayDepositGateway.class, meters);
        }
    }

    @Singleton
    static final class Cards extends Wrapper<CpayCardGateway> {
        Cards(BeanProvider<MeterRegistry> meters) {
            super(CpayCardGateway.class, meters);
        }
    }

    @Singleton
    static final class Payouts extends Wrapper<CpayPayoutGateway> {
        Payouts(BeanProvider<MeterRegistry> meters) {
            super(CpayPayoutGateway.class, meters);
        }
    }

    @Singleton
    static final class Exchanges extends Wrapper<CpayExchangeGateway> {
        Exchanges(BeanProvider<MeterRegistry> meters) {
            super(CpayExchangeGateway.class, meters);
        }
    }

    @Singleton
    static final class Kyc extends Wrapper<CpayKycGateway> {
        Kyc(BeanProvider<MeterRegistry> meters) {
            super(CpayKycGateway.class, meters);
        }
    }

    @Singleton
    static final class Accounts extends Wrapper<CpayAccountGateway> {
        Accounts(BeanProvider<MeterRegistry> meters) {
            super(CpayAccountGateway.class, meters);
        }
    }

    @Singleton
    static final class OrderQueries extends Wrapper<CpayOrderQueryGateway> {
        OrderQueries(BeanProvider<MeterRegistry> meters) {
            super(CpayOrderQueryGateway.class, meters);
        }
    }
}

package com.cpay.platform.app.ops;

import com.cpay.platform.adapter.http.gateway.CpayCallMetered;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.order.Ordered;

/**
 * Puts every C-Pay operation at the gateway ports ({@link CpayCallMetered}) through {@link CpayCallGuard}. It runs
 * inside {@link GatewayCallTimer}, so a refused call is timed and counted with outcome {@code paused}.
 */
@InterceptorBean(CpayCallMetered.class)
class CpayCallGuardInterceptor implements MethodInterceptor<Object, Object>, Ordered {

    static final int ORDER = GatewayCallTimer.ORDER + 10;

    private final CpayCallGuard guard;

    CpayCallGuardInterceptor(CpayCallGuard guard) {
        this.guard = guard;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> call) {
        return guard.call(call.getMethodName(), call::proceed);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}

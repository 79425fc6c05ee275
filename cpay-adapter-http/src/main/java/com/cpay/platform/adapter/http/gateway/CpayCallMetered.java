package com.cpay.platform.adapter.http.gateway;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link CpayGatewayFactory} method: every port method of the bean it produces is one C-Pay operation that
 * an interceptor bound to this annotation may observe (cpay-app times them). The adapter only marks the calls;
 * without such an interceptor bean (an embedder without metrics) the proxy passes each call straight through.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
@InterceptorBinding
public @interface CpayCallMetered {
}

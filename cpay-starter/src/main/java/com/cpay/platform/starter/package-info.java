/**
 * Micronaut wiring of the C-Pay domain for any service: {@link com.cpay.platform.starter.CpayUseCaseFactory}
 * builds every inbound port (use case) from the beans that implement the outbound ports, which the adapter jars
 * ({@code cpay-adapter-http}, {@code cpay-adapter-persistence}) contribute; {@link
 * com.cpay.platform.starter.CpayBasicsFactory} adds the clock, the id generator and the asset catalog. The domain
 * classes stay free of annotations: everything Micronaut needs to know is said here.
 */
package com.cpay.platform.starter;

/**
 * The C-Pay gateway ports implemented over the generated client {@code CpayMerchantApi}: one package-private
 * class per port, wired by {@link com.cpay.platform.adapter.http.gateway.CpayGatewayFactory}. Requests are built
 * as one map of wire parameters, signed once, and the generated method is called with values read back from
 * that map. Answers are read leniently into domain types; every failure is a
 * {@link com.cpay.platform.domain.shared.GatewayRejectedException} or a
 * {@link com.cpay.platform.domain.shared.GatewayUnavailableException} whose cause is a
 * {@link com.cpay.platform.adapter.http.gateway.CpayCallException}. GETs are retried; POSTs are recovered by
 * merchantTradeNo, never re-sent blindly. Generated types and MapStruct mappers stay package-private here.
 */
package com.cpay.platform.adapter.http.gateway;

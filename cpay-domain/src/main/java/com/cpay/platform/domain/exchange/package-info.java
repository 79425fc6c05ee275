/**
 * Crypto exchange (s.10): an exchange order, its service and {@link
 * com.cpay.platform.domain.exchange.CpayExchangeGateway}. An exchange spends the merchant's money, so a lost
 * answer is never re-sent by the code (docs/decisions.md, decision 25).
 */
@Module(name = "Crypto exchange")
package com.cpay.platform.domain.exchange;

import org.jmolecules.ddd.annotation.Module;

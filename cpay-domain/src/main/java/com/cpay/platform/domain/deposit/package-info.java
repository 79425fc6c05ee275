/**
 * Crypto deposits: creating a deposit order (createOrder) and reading the user's deposit addresses, with the
 * gateway port {@link com.cpay.platform.domain.deposit.CpayDepositGateway}. Deposits that arrive without an order
 * come in as notifications (see the notification module).
 */
@Module(name = "Crypto deposits")
package com.cpay.platform.domain.deposit;

import org.jmolecules.ddd.annotation.Module;

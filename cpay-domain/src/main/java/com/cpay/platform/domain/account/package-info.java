/**
 * The merchant account at C-Pay: balances per asset (s.12), read through {@link
 * com.cpay.platform.domain.account.CpayAccountGateway}.
 */
@Module(name = "Account")
package com.cpay.platform.domain.account;

import org.jmolecules.ddd.annotation.Module;

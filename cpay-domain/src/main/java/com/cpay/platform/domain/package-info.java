/**
 * The platform's domain: what a merchant does through C-Pay, in plain Java, sorted by capability (deposit, card,
 * payout, exchange, quote, kyc, account, order lifecycle and queries, notification, reconciliation), with the
 * values every capability shares in {@code money} and {@code shared}. Each capability holds its use cases
 * (primary ports), their commands, the services implementing them and the secondary ports they need; adapters
 * and the app live in other modules. docs/architecture.md draws the whole.
 */
@BoundedContext(name = "C-Pay payments")
@Application
package com.cpay.platform.domain;

import org.jmolecules.architecture.hexagonal.Application;
import org.jmolecules.ddd.annotation.BoundedContext;

/**
 * The simulator state: immutable records ({@link com.cpay.platform.sandbox.state.Order}, balances, addresses...)
 * kept by concern ({@code OrderBook}, {@code Balances}, {@code DepositAddresses}, {@code KycRegistry},
 * {@code CardVault}), in memory, and with {@code cpay.sandbox.state-file} also in a snapshot plus an append-only
 * journal ({@code StateStore}).
 */
package com.cpay.platform.sandbox.state;

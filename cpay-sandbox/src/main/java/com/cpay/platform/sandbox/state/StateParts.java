package com.cpay.platform.sandbox.state;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Each concern of {@link SandboxState} as a bean, so that a class asks only for what it uses. */
@Factory
class StateParts {

    @Singleton
    OrderBook orderBook(SandboxState state) {
        return state.orders();
    }

    @Singleton
    Balances balances(SandboxState state) {
        return state.balances();
    }

    @Singleton
    DepositAddresses depositAddresses(SandboxState state) {
        return state.addresses();
    }

    @Singleton
    KycRegistry kycRegistry(SandboxState state) {
        return state.kyc();
    }

    @Singleton
    CardVault cardVault(SandboxState state) {
        return state.cards();
    }
}

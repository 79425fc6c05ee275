package com.cpay.platform.starter;

import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.order.IdGenerator;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The plain values the use cases need besides the ports. Each bean can be replaced by the host application
 * ({@code @Replaces}), e.g. a fixed clock in tests.
 *
 * <ul>
 *   <li>{@link Clock}: UTC system clock in whole microseconds;</li>
 *   <li>{@link IdGenerator}: {@link RandomTradeNumbers}, merchantTradeNos unique across instances;</li>
 *   <li>{@link AssetCatalog}: the documented assets plus {@code cpay.extra-crypto-assets} (coins C-Pay added,
 *       e.g. {@code SOL,DOGE}), 8 decimals each.</li>
 * </ul>
 */
@Factory
public class CpayBasicsFactory {

    /**
     * Microseconds are the finest PostgreSQL and H2 store: an order a use case returns after saving it then reads
     * the same, to the microsecond, as when it is read back.
     */
    @Singleton
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    @Singleton
    IdGenerator idGenerator() {
        return new RandomTradeNumbers();
    }

    @Singleton
    AssetCatalog assetCatalog(@Value("${cpay.extra-crypto-assets:}") List<String> extraCryptoAssets) {
        return AssetCatalog.withExtraCrypto(Set.copyOf(extraCryptoAssets.stream()
                .filter(code -> code != null && !code.isBlank()).toList()));
    }
}

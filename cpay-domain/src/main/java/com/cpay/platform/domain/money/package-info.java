/**
 * Amounts of crypto and fiat assets, exact to each asset's scale: {@link com.cpay.platform.domain.money.Money},
 * {@link com.cpay.platform.domain.money.Asset}, {@link com.cpay.platform.domain.money.AssetCatalog}, the one
 * documented rounding ({@link com.cpay.platform.domain.money.CardAmount}) and blockchain
 * {@link com.cpay.platform.domain.money.Network}s. No floating point anywhere.
 */
@Module(name = "Money")
package com.cpay.platform.domain.money;

import org.jmolecules.ddd.annotation.Module;

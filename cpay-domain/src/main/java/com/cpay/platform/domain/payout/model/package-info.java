/**
 * Payout rules: PIX payouts in BRL (s.5) with their keys ({@link com.cpay.platform.domain.payout.model.PixKey}), terms
 * and the check of C-Pay's answer, and crypto payouts (s.4) with destination addresses checked for their network,
 * checksums included (Base58Check, Bech32/Bech32m, EIP-55), and amounts.
 */
@Module(name = "Payout values")
package com.cpay.platform.domain.payout.model;

import org.jmolecules.ddd.annotation.Module;

/**
 * Payout rules: PIX payouts in BRL (s.5) with their keys ({@link com.cpay.platform.domain.payout.PixKey}), terms
 * and the check of C-Pay's answer, and crypto payouts (s.4) with plausible destination addresses and amounts.
 */
package com.cpay.platform.domain.payout;

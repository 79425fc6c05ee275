/**
 * Money out: crypto payouts (withdraw) and PIX payouts, their services, {@link
 * com.cpay.platform.domain.payout.CpayPayoutGateway}, and the explicit resubmission of a money-out order whose
 * outcome was unknown. The code never sends money out twice on its own (docs/decisions.md, decision 25). The
 * values these orders hold are in {@link com.cpay.platform.domain.payout.model}.
 */
@Module(name = "Payouts")
package com.cpay.platform.domain.payout;

import org.jmolecules.ddd.annotation.Module;

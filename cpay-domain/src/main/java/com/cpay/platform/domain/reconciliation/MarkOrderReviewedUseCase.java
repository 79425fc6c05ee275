package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * A person has looked at an order flagged for review and settled it: the flag is cleared, the order's review notes
 * stay as its record. Nothing is sent to C-Pay and the status does not change; an unknown outcome stays unknown
 * (only evidence or a resubmission settles that, docs/decisions.md, decision 25).
 */
@PrimaryPort
public interface MarkOrderReviewedUseCase {

    /**
     * Clears the order's review flag.
     *
     * @return the order as stored afterwards
     * @throws com.cpay.platform.domain.shared.NotFoundException when there is no such order
     * @throws com.cpay.platform.domain.shared.ConflictException when the order is not flagged for review
     */
    OrderSnapshot markReviewed(Command command);

    /** @param merchantTradeNo the order */
    record Command(MerchantTradeNo merchantTradeNo) {
        public Command {
            Checks.required(MerchantTradeNo.FIELD, merchantTradeNo);
        }
    }
}

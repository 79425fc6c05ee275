package com.cpay.platform.domain.payout;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import java.util.Objects;

/**
 * An operator sends a money-out order to C-Pay again, under the same merchantTradeNo: the only way such an order
 * is ever sent twice (docs/decisions.md, decision 25). Allowed only for an open withdraw, PIX payout or exchange that C-Pay
 * never gave an id and that is in review or whose outcome is unknown. A direct card payment cannot be resubmitted:
 * its card data was never kept.
 */
@PrimaryPort
public interface ResubmitOrderUseCase {

    /**
     * Records the decision in the order's history, then sends the order once. C-Pay's refusal does not close the
     * order: C-Pay may refuse because the first request did arrive, so the order goes back to review.
     *
     * @return the order as stored afterwards, and what C-Pay did with the resubmission
     * @throws com.cpay.platform.domain.shared.NotFoundException   when there is no such order
     * @throws com.cpay.platform.domain.shared.ValidationException when the order is a direct card payment
     * @throws com.cpay.platform.domain.shared.ConflictException   when the order may not be resubmitted now, or
     *                                                             another resubmission of it is under way
     */
    OrderSubmitted resubmit(Command command);

    /** Longest reason kept. */
    int MAX_REASON_LENGTH = 1000;

    /**
     * @param merchantTradeNo the order
     * @param reason          why it is sent again (what the operator checked), kept in its review notes
     * @param urls            the URLs to send with it: an order does not keep the ones first sent
     */
    record Command(MerchantTradeNo merchantTradeNo, String reason, OrderUrls urls) {
        public Command {
            Objects.requireNonNull(merchantTradeNo, "merchantTradeNo");
            Checks.text("reason", reason, MAX_REASON_LENGTH);
            Objects.requireNonNull(urls, "urls");
        }
    }
}

package com.cpay.platform.domain.order.lifecycle;

import com.cpay.platform.domain.order.Order;
import java.util.Optional;

/**
 * An order after it was sent to C-Pay.
 *
 * @param order   the order as stored afterwards
 * @param answer  C-Pay's answer, when there was one
 * @param outcome what C-Pay did
 */
public record Submitted<A>(Order order, Optional<A> answer, SubmissionOutcome outcome) {
}

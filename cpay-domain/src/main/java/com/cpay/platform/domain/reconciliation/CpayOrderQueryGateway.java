package com.cpay.platform.domain.reconciliation;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.Optional;

/** C-Pay's order lookup (getOrderDetail, s.9): the source of truth after a timeout and for reconciliation. */
@SecondaryPort
public interface CpayOrderQueryGateway {

    /**
     * What C-Pay knows about one order.
     *
     * @return the report, or empty when C-Pay has no such order (the adapter maps C-Pay's "not found"
     *         answer to empty, not to a rejection)
     * @throws GatewayRejectedException    when C-Pay refuses the query itself ({@code code != 0} other than
     *                                     "not found")
     * @throws GatewayUnavailableException when C-Pay cannot be reached or its answer cannot be read
     */
    Optional<OrderReport> findOrder(OrderLookup lookup);
}

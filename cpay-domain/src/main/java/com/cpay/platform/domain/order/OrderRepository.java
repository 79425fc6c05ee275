package com.cpay.platform.domain.order;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * All order storage in one port, for adapters that implement it in one class. Use cases depend on the
 * narrower {@link LoadOrderPort}, {@link SaveOrderPort} and {@link LeaseOrdersPort}.
 */
@SecondaryPort
public interface OrderRepository extends LoadOrderPort, SaveOrderPort, LeaseOrdersPort {
}

package com.cpay.platform.domain.reconciliation;

import com.cpay.platform.domain.order.LeaseOrdersPort;
import org.jmolecules.ddd.annotation.Service;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The reconciliation job: leases stale orders and reconciles each with C-Pay. */
@Service
public final class ReconcileStaleOrdersService implements ReconcileStaleOrdersUseCase {

    private final LeaseOrdersPort leases;
    private final ReconcileOrderService reconciler;

    public ReconcileStaleOrdersService(LeaseOrdersPort leases, ReconcileOrderService reconciler) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    @Override
    public ReconcileStaleOrdersUseCase.Result reconcileStale(ReconcileStaleOrdersUseCase.Command command) {
        Objects.requireNonNull(command, "command");
        List<Order> leased = leases.leaseStaleOrders(command.batchSize(), command.olderThan(), command.holder(),
                command.leaseFor());
        List<ReconcileOrderUseCase.Result> reconciled = new ArrayList<>();
        int failed = 0;
        for (Order order : leased) {
            try {
                reconciled.add(reconciler.reconcile(order));
            } catch (GatewayRejectedException | GatewayUnavailableException | ConcurrentUpdateException e) {
                failed++;
            }
        }
        return new ReconcileStaleOrdersUseCase.Result(reconciled, failed);
    }
}

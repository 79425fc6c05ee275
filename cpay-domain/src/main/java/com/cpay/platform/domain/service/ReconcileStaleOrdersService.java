package com.cpay.platform.domain.service;

import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.port.in.ReconcileOrderResult;
import com.cpay.platform.domain.port.in.ReconcileStaleOrdersCommand;
import com.cpay.platform.domain.port.in.ReconcileStaleOrdersResult;
import com.cpay.platform.domain.port.in.ReconcileStaleOrdersUseCase;
import com.cpay.platform.domain.port.out.ConcurrentUpdateException;
import com.cpay.platform.domain.port.out.LeaseOrdersPort;
import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The reconciliation job: leases stale orders and reconciles each with C-Pay. */
public final class ReconcileStaleOrdersService implements ReconcileStaleOrdersUseCase {

    private final LeaseOrdersPort leases;
    private final ReconcileOrderService reconciler;

    public ReconcileStaleOrdersService(LeaseOrdersPort leases, ReconcileOrderService reconciler) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    @Override
    public ReconcileStaleOrdersResult reconcileStale(ReconcileStaleOrdersCommand command) {
        Objects.requireNonNull(command, "command");
        List<Order> leased = leases.leaseStaleOrders(command.batchSize(), command.olderThan(), command.holder(),
                command.leaseFor());
        List<ReconcileOrderResult> reconciled = new ArrayList<>();
        int failed = 0;
        for (Order order : leased) {
            try {
                reconciled.add(reconciler.reconcile(order));
            } catch (GatewayRejectedException | GatewayUnavailableException | ConcurrentUpdateException e) {
                failed++;
            }
        }
        return new ReconcileStaleOrdersResult(reconciled, failed);
    }
}

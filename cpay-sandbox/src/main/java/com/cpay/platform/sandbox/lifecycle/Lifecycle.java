package com.cpay.platform.sandbox.lifecycle;

import com.cpay.platform.sandbox.config.SandboxScheduler;
import com.cpay.platform.sandbox.state.Ids;
import com.cpay.platform.sandbox.state.Order;
import com.cpay.platform.sandbox.state.OrderKind;
import com.cpay.platform.sandbox.state.OrderBook;
import com.cpay.platform.sandbox.state.OrderStatus;
import com.cpay.platform.sandbox.state.Transition;
import com.cpay.platform.sandbox.webhook.WebhookDispatcher;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The automatic lifecycle: PENDING waits {@code pending-delay}, then PROCESSING waits {@code processing-delay},
 * then the order reaches its planned outcome (COMPLETED, or CLOSED for the configured failures). A step is
 * skipped when the order moved meanwhile. Every status change goes to the webhook dispatcher. Orders created or
 * moved through the control API stay where they were put. With a state file, orders still on their automatic
 * lifecycle when the simulator stopped go on after the restart, each waiting its current step's full delay again.
 */
@Singleton
public class Lifecycle {

    private final OrderBook orders;
    private final WebhookDispatcher webhooks;
    private final SandboxScheduler scheduler;
    private final LifecycleSettings settings;

    public Lifecycle(OrderBook orders, WebhookDispatcher webhooks, SandboxScheduler scheduler, LifecycleSettings settings) {
        this.orders = orders;
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** Creates an order the automatic lifecycle moves on (one made through the C-Pay API) and starts that lifecycle. */
    public Order start(Order order, String reason) {
        Order created = orders.create(order.toBuilder().automatic(true).build(), reason);
        scheduleNext(created);
        return created;
    }

    /** As {@link #start}, for an order whose creation is itself notified (a no-order deposit): that webhook first. */
    public Order startAndNotify(Order order, String reason) {
        Order created = orders.create(order.toBuilder().automatic(true).build(), reason);
        webhooks.statusChanged(created);
        scheduleNext(created);
        return created;
    }

    /** Schedules the next step of every order that was on its automatic lifecycle, as read from the state file. */
    public int resume() {
        int resumed = 0;
        for (Order order : orders.orders()) {
            if (order.automatic() && scheduleNext(order)) {
                resumed++;
            }
        }
        return resumed;
    }

    /**
     * Moves an order now and notifies the merchant.
     * @param continueAutomatically whether the automatic lifecycle goes on from the new status
     */
    public Optional<Order> move(String orderId, OrderStatus to, String reason, boolean continueAutomatically,
                                UnaryOperator<Order> edit) {
        return advance(orderId, null, to, reason, continueAutomatically, edit);
    }

    private Optional<Order> advance(String orderId, Long expectedVersion, OrderStatus to, String reason,
                                    boolean continueAutomatically, UnaryOperator<Order> edit) {
        Optional<Transition> transition = orders.transition(orderId, expectedVersion, to, reason, order -> {
            Order edited = edit.apply(order);
            boolean needsHash = to != OrderStatus.PENDING && edited.hash() == null && onChain(edited.kind());
            return edited.toBuilder().hash(needsHash ? Ids.hash(edited.network()) : edited.hash())
                    .automatic(continueAutomatically).build();
        });
        transition.ifPresent(t -> {
            webhooks.statusChanged(t.after());
            if (continueAutomatically) {
                scheduleNext(t.after());
            }
        });
        return transition.map(Transition::after);
    }

    /** @return whether a step was scheduled */
    private boolean scheduleNext(Order order) {
        LifecycleSettings.Values now = settings.current();
        if (!now.autoAdvance() || order.awaiting3ds() || order.status().terminal()) {
            return false;
        }
        boolean pending = order.status() == OrderStatus.PENDING;
        Duration delay = pending ? now.pendingDelay() : now.processingDelay();
        OrderStatus next = pending ? OrderStatus.PROCESSING : order.plannedOutcome();
        String reason = next == OrderStatus.CLOSED && order.closeReason() != null ? order.closeReason() : "lifecycle";
        scheduler.after(delay, () -> advance(order.orderId(), order.version(), next, reason, true, o -> o));
        return true;
    }

    private static boolean onChain(OrderKind kind) {
        return kind == OrderKind.CRYPTO_DEPOSIT || kind == OrderKind.CRYPTO_PAYOUT || kind == OrderKind.NO_ORDER_DEPOSIT;
    }
}

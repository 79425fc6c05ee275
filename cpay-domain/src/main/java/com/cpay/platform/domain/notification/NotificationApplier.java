package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.lifecycle.OrderChanges;
import com.cpay.platform.domain.order.lifecycle.StatusReports;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.order.CpayNotification;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.order.ReportedAmounts;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.order.StatusEvent;
import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase.Result.Disposition;
import com.cpay.platform.domain.order.ConcurrentUpdateException;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.SaveOrderPort;
import com.cpay.platform.domain.shared.ConflictException;
import com.cpay.platform.domain.shared.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a verified webhook to its order, or creates the no-order deposit it announces. Finds the order by
 * merchantTradeNo, then C-Pay order id, then transaction hash. When none matches, only a notification without
 * merchantTradeNo that carries a hash is a no-order deposit (docs/decisions.md, decision 15); any other is reported
 * {@link Disposition#UNMATCHED} and nothing is stored here. A save that loses a race (another delivery or
 * a query changed the order, or created the same deposit) is redone from a fresh read, up to
 * {@link OrderChanges#MAX_TRIES} times in all.
 */
final class NotificationApplier {

    private final LoadOrderPort load;
    private final SaveOrderPort save;
    private final AssetCatalog catalog;

    NotificationApplier(LoadOrderPort load, SaveOrderPort save, AssetCatalog catalog) {
        this.load = Objects.requireNonNull(load, "load");
        this.save = Objects.requireNonNull(save, "save");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    HandleCpayNotificationUseCase.Result apply(CpayNotification notification, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(notification, now);
            } catch (DomainException e) {
                // Written without a multi-catch so it still compiles once ConcurrentUpdateException becomes a
                // ConflictException (a multi-catch may not name a class and its subclass).
                boolean lostRace = e instanceof ConcurrentUpdateException || e instanceof ConflictException;
                if (!lostRace || attempt >= OrderChanges.MAX_TRIES) {
                    throw e;
                }
            }
        }
    }

    private HandleCpayNotificationUseCase.Result attempt(CpayNotification n, Instant now) {
        Optional<Order> found = find(n);
        if (found.isEmpty()) {
            if (!isNoOrderDeposit(n)) {
                return new HandleCpayNotificationUseCase.Result(Disposition.UNMATCHED, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(n.merchantTradeNo().isPresent()
                                ? "no order matches its merchantTradeNo, orderId or hash: kept for review"
                                : "no merchantTradeNo and no hash, and no order matches its orderId: kept for review"));
            }
            Order created = save.insert(Order.fromNoOrderDeposit(n, catalog, NoOrderTradeNo.derive(n), now));
            return result(Disposition.CREATED_DEPOSIT, created, lastOutcome(created), "no order matched: deposit created");
        }
        StatusReports.Applied applied = StatusReports.apply(found.get(),
                order -> n.toStatusEvent(order.details().reportingAsset(), now),
                new StatusEvent(n.orderStatus(), ReportedAmounts.none(), n.orderId(), n.hash(), EventSource.WEBHOOK,
                        now),
                now);
        Order saved = save.update(applied.order());
        return result(Disposition.APPLIED_TO_ORDER, saved, Optional.of(applied.outcome().kind()),
                "report " + applied.outcome().kind());
    }

    // Row 15: a deposit straight to a user's address names no merchantTradeNo of ours and carries its hash.
    private static boolean isNoOrderDeposit(CpayNotification n) {
        return n.merchantTradeNo().isEmpty() && n.hash().isPresent();
    }

    private Optional<Order> find(CpayNotification n) {
        return OrderMatch.find(load, NotificationKeys.of(n));
    }

    private static Optional<OutcomeKind> lastOutcome(Order order) {
        return order.lastStatusChange().map(StatusChange::outcome);
    }

    private static HandleCpayNotificationUseCase.Result result(Disposition disposition, Order order,
                                                       Optional<OutcomeKind> outcome, String detail) {
        return new HandleCpayNotificationUseCase.Result(disposition, Optional.of(order.merchantTradeNo()), outcome,
                Optional.of(order.status()), Optional.of(detail));
    }
}

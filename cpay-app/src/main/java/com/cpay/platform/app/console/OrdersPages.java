package com.cpay.platform.app.console;

import com.cpay.platform.domain.events.OrderEventLog;
import com.cpay.platform.domain.notification.NotificationInbox;
import com.cpay.platform.domain.notification.NotificationKeys;
import com.cpay.platform.domain.order.CpayCallLog;
import com.cpay.platform.domain.order.LoadOrderPort;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.query.GetOrderUseCase;
import com.cpay.platform.domain.order.query.ListOrdersUseCase;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.NotFoundException;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.ValidationException;
import com.cpay.platform.domain.shared.Violation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The console's order pages: the listing with filters, search and cursor paging ({@link ListOrdersUseCase}), one
 * order ({@link GetOrderUseCase}) with its audit entries, and the review queue.
 */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrdersPages {

    static final int PAGE = 50;
    static final int QUEUE = 100;

    /** Most events, C-Pay calls and notifications an order's page shows (the newest). */
    static final int ORDER_SECTION = 50;

    private final ListOrdersUseCase listOrders;
    private final GetOrderUseCase getOrder;
    private final LoadOrderPort orders;
    private final OrderEventLog events;
    private final CpayCallLog calls;
    private final NotificationInbox inbox;
    private final ConsoleAuditLog audit;
    private final ConsolePages pages;

    OrdersPages(ListOrdersUseCase listOrders, GetOrderUseCase getOrder, LoadOrderPort orders, OrderEventLog events,
                CpayCallLog calls, NotificationInbox inbox, ConsoleAuditLog audit, ConsolePages pages) {
        this.listOrders = listOrders;
        this.getOrder = getOrder;
        this.orders = orders;
        this.events = events;
        this.calls = calls;
        this.inbox = inbox;
        this.audit = audit;
        this.pages = pages;
    }

    @Get("/orders")
    MutableHttpResponse<?> orders(HttpRequest<?> request, @Nullable @QueryValue String status,
                                  @Nullable @QueryValue String kind, @Nullable @QueryValue String user,
                                  @Nullable @QueryValue String review, @Nullable @QueryValue String unknown,
                                  @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                  @Nullable @QueryValue String q, @Nullable @QueryValue String cursor) {
        Map<String, Object> model = pages.model(request, "Orders", "orders");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", text(status));
        filters.put("kind", text(kind));
        filters.put("user", text(user));
        filters.put("review", text(review));
        filters.put("unknown", text(unknown));
        filters.put("from", text(from));
        filters.put("to", text(to));
        filters.put("q", text(q));
        model.put("filters", filters);
        model.put("statuses", Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
        model.put("kinds", Arrays.stream(OrderKind.values()).map(Enum::name).toList());
        model.put("next", "");
        model.put("searched", !filters.get("q").isEmpty());
        try {
            if (!filters.get("q").isEmpty()) {
                model.put("orders", search(filters.get("q")).map(o -> List.of(ConsoleViews.row(o))).orElse(List.of()));
                return ConsolePages.page("orders", model);
            }
            ListOrdersUseCase.Result result = listOrders.listOrders(new ListOrdersUseCase.Query(
                    parse(filters.get("status"), s -> OrderStatus.valueOf(s.toUpperCase(Locale.ROOT)), "status"),
                    parse(filters.get("kind"), k -> OrderKind.valueOf(k.toUpperCase(Locale.ROOT)), "kind"),
                    parse(filters.get("user"), u -> UserId.of("user", u), "user"),
                    parse(filters.get("from"), OrdersPages::instant, "from"),
                    parse(filters.get("to"), OrdersPages::instant, "to"),
                    Optional.ofNullable(cursor), Optional.of(PAGE),
                    parse(filters.get("review"), OrdersPages::yesNo, "review"),
                    parse(filters.get("unknown"), OrdersPages::yesNo, "unknown")));
            model.put("orders", result.orders().stream().map(ConsoleViews::row).toList());
            result.nextCursor().ifPresent(next -> model.put("next", "/console/orders?" + query(filters)
                    + "cursor=" + next));
            return ConsolePages.page("orders", model);
        } catch (ValidationException e) {
            model.put("orders", List.of());
            model.put("error", e.violations().stream().map(Violation::message).collect(Collectors.joining("; ")));
            return ConsolePages.page(HttpStatus.BAD_REQUEST, "orders", model);
        }
    }

    @Get("/orders/{merchantTradeNo}")
    MutableHttpResponse<?> order(HttpRequest<?> request, @PathVariable String merchantTradeNo) {
        Optional<OrderSnapshot> order = find(merchantTradeNo);
        if (order.isEmpty()) {
            return notFound(request, merchantTradeNo);
        }
        OrderSnapshot o = order.get();
        Map<String, Object> model = pages.model(request, "Order " + merchantTradeNo, "orders");
        model.put("order", ConsoleViews.order(o));
        model.put("events", events.ofOrder(merchantTradeNo, ORDER_SECTION).stream().map(ConsoleViews::event)
                .toList());
        model.put("calls", calls.ofOrder(o.merchantTradeNo(), ORDER_SECTION).stream().map(ConsoleViews::call)
                .toList());
        model.put("notifications", inbox.aboutOrder(new NotificationKeys(Optional.of(o.merchantTradeNo()),
                        o.cpayOrderId(), ConsoleViews.hash(o)), ORDER_SECTION).stream().map(ConsoleViews::notification)
                .toList());
        model.put("audit", audit.list(Optional.of(merchantTradeNo), Optional.empty(), QUEUE).stream()
                .map(ConsoleViews::audit).toList());
        return ConsolePages.page("order", model);
    }

    @Get("/review")
    MutableHttpResponse<?> review(HttpRequest<?> request) {
        Map<String, Object> model = pages.model(request, "Review queue", "review");
        model.put("flagged", listOrders.listOrders(new ListOrdersUseCase.Query(null, null, null, null, null, null,
                Optional.of(QUEUE), Optional.of(true), null)).orders().stream().map(ConsoleViews::row).toList());
        model.put("unknown", listOrders.listOrders(new ListOrdersUseCase.Query(null, null, null, null, null, null,
                Optional.of(QUEUE), Optional.of(false), Optional.of(true))).orders().stream().map(ConsoleViews::row)
                .toList());
        return ConsolePages.page("review", model);
    }

    MutableHttpResponse<?> notFound(HttpRequest<?> request, String merchantTradeNo) {
        Map<String, Object> model = pages.model(request, "No such order", "orders");
        model.put("message", "There is no order " + merchantTradeNo + ".");
        return ConsolePages.page(HttpStatus.NOT_FOUND, "message", model);
    }

    /** The stored order with this merchantTradeNo, whole. */
    Optional<OrderSnapshot> find(String merchantTradeNo) {
        try {
            return Optional.of(getOrder.getOrder(GetOrderUseCase.Query.of(new MerchantTradeNo(merchantTradeNo)))
                    .order());
        } catch (NotFoundException | ValidationException e) {
            return Optional.empty();
        }
    }

    /** The order the text names: as our merchantTradeNo, else C-Pay's order id, else a transaction hash. */
    private Optional<OrderSnapshot> search(String text) {
        Optional<OrderSnapshot> found = find(text);
        if (found.isEmpty()) {
            found = attempt(() -> getOrder.getOrder(GetOrderUseCase.Query.of(new CpayOrderId(text))).order());
        }
        if (found.isEmpty()) {
            found = attempt(() -> orders.findByHash(new TransactionHash(text)).map(Order::snapshot).orElseThrow(
                    () -> new NotFoundException("no order with this hash")));
        }
        return found;
    }

    private static Optional<OrderSnapshot> attempt(Supplier<OrderSnapshot> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (NotFoundException | ValidationException e) {
            return Optional.empty();
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static <T> Optional<T> parse(String text, java.util.function.Function<String, T> read, String field) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.apply(text));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ValidationException.of(field, "format", field + " is not one of the choices or not a valid value");
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** A date (midnight UTC) or a date and time (UTC), as the form's inputs give them. */
    private static Instant instant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    private static String query(Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }
}

package com.cpay.platform.app.console;

import com.cpay.platform.domain.events.OrderEvent;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.notification.InboxEntry;
import com.cpay.platform.domain.notification.StoredNotification;
import com.cpay.platform.domain.order.CardPaymentDetails;
import com.cpay.platform.domain.order.CpayCall;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.CryptoPayoutDetails;
import com.cpay.platform.domain.order.EventSource;
import com.cpay.platform.domain.order.ExchangeDetails;
import com.cpay.platform.domain.order.HostedCardDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderDetails;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.PixPayoutDetails;
import com.cpay.platform.domain.order.StatusChange;
import com.cpay.platform.domain.shared.TransactionHash;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Domain values as the console's templates show them: plain maps of text, so that a template reads
 * {@code ${order.status}} and never calls into the domain. Times are UTC to the second; amounts are exact, with
 * their asset.
 */
final class ConsoleViews {

    /** The inbox states whose entries were verified and never applied: an operator may replay them. */
    static final Set<InboxEntry.State> REPLAYABLE = EnumSet.of(InboxEntry.State.UNMATCHED,
            InboxEntry.State.NEEDS_LOOKUP, InboxEntry.State.FAILED);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ConsoleViews() {
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    static String money(Money amount) {
        return amount.toPlainString() + " " + amount.asset().code();
    }

    /** An order as a row of a listing. */
    static Map<String, Object> row(OrderSnapshot o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("merchantTradeNo", o.merchantTradeNo().value());
        row.put("cpayOrderId", o.cpayOrderId().map(Object::toString).orElse(""));
        row.put("kind", o.kind().name());
        row.put("status", o.status().name());
        row.put("userId", o.userId().value());
        row.put("amount", o.requestedAmount().map(ConsoleViews::money).orElse("-"));
        row.put("createdAt", time(o.createdAt()));
        row.put("updatedAt", time(o.updatedAt()));
        row.put("needsReview", o.needsReview());
        row.put("outcomeUnknown", o.outcomeUnknown().isPresent());
        return row;
    }

    /** Everything the order page shows. */
    static Map<String, Object> order(OrderSnapshot o) {
        Map<String, Object> view = row(o);
        Order order = Order.rehydrate(o);
        view.put("resubmittable", order.canBeResubmitted());
        view.put("closable", order.canBeClosedByOperator());
        view.put("metadata", o.metadata().asMap().entrySet().stream().map(e -> pair(e.getKey(), e.getValue()))
                .toList());
        view.put("movesMoneyOut", o.kind().movesMoneyOut());
        List<Map<String, Object>> amounts = new ArrayList<>();
        o.requestedAmount().ifPresent(m -> amounts.add(pair("requested", money(m))));
        o.reportedAmounts().values().forEach((kind, m) -> amounts.add(pair("reported " + kind.name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', ' '), money(m))));
        view.put("amounts", amounts);
        view.put("details", details(o.details()));
        List<Map<String, Object>> history = new ArrayList<>();
        for (StatusChange c : o.history()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("at", time(c.at()));
            h.put("from", c.from().name());
            h.put("to", c.to().name());
            h.put("code", c.code().raw());
            h.put("source", source(c.source()));
            h.put("outcome", c.outcome().name());
            history.add(h);
        }
        view.put("history", history);
        List<Map<String, Object>> notes = new ArrayList<>();
        o.reviewNotes().forEach(n -> {
            Map<String, Object> note = new LinkedHashMap<>();
            note.put("at", time(n.at()));
            note.put("reason", n.reason().name());
            note.put("detail", n.detail());
            notes.add(note);
        });
        view.put("reviewNotes", notes);
        view.put("outcomeUnknownDetail", o.outcomeUnknown().map(u -> "since " + time(u.since()) + ": " + u.reason()
                + " (" + u.lookups() + " lookups, next at " + time(u.nextLookupAt()) + ")").orElse(""));
        view.put("rejection", o.rejection().map(r -> "C-Pay refused it with code " + r.code()
                + (r.msg() == null ? "" : " (" + r.msg() + ")") + (r.traceId() == null ? "" : ", trace id "
                + r.traceId()) + " at " + time(r.at())).orElse(""));
        return view;
    }

    /** The order's transaction hash, when its kind has one and it is known. */
    static Optional<TransactionHash> hash(OrderSnapshot o) {
        if (o.details() instanceof CryptoPayoutDetails d) {
            return d.hash();
        }
        if (o.details() instanceof CryptoDepositDetails d) {
            return d.hash();
        }
        return Optional.empty();
    }

    /** An outbox event of the order, as a row. */
    static Map<String, Object> event(OrderEvent e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", e.sequence());
        row.put("type", e.type().wireName());
        row.put("created", time(e.created()));
        // a position is given once a reader or the relay asks for events after the commit
        row.put("position", e.position() == 0 ? "not yet given" : Long.toString(e.position()));
        row.put("id", e.id().toString());
        row.put("payload", e.payload());
        return row;
    }

    /** A call made to C-Pay about the order, as a row. */
    static Map<String, Object> call(CpayCall c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", time(c.at()));
        row.put("operation", c.operation());
        row.put("result", switch (c.result()) {
            case ACCEPTED -> "accepted";
            case REFUSED -> "refused";
            case NO_ANSWER -> "no answer";
        });
        row.put("refused", c.result() != CpayCall.Result.ACCEPTED);
        row.put("code", c.code().map(Object::toString).orElse("-"));
        row.put("traceId", c.traceId().orElse("-"));
        row.put("detail", c.detail().orElse(""));
        return row;
    }

    /** Where a history entry came from, in words. */
    static String source(EventSource source) {
        return switch (source) {
            case CREATE_RESPONSE -> "our call's answer";
            case WEBHOOK -> "webhook";
            case ORDER_QUERY -> "reconciliation (getOrderDetail)";
            case SANDBOX -> "simulator";
            case OPERATOR -> "operator";
        };
    }

    private static List<Map<String, Object>> details(OrderDetails details) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (details instanceof CryptoPayoutDetails d) {
            rows.add(pair("network", d.network().wireName()));
            rows.add(pair("to address", d.toAddress()));
            rows.add(pair("total amount", money(d.amounts().totalAmount())));
            rows.add(pair("received amount", money(d.amounts().receivedAmount())));
            d.hash().ifPresent(h -> rows.add(pair("transaction hash", h.toString())));
        } else if (details instanceof PixPayoutDetails d) {
            rows.add(pair("amount", money(d.terms().amount())));
            rows.add(pair("account type", d.accountType().name()));
            rows.add(pair("PIX key", "shown only on the resubmission's confirmation (personal data)"));
        } else if (details instanceof ExchangeDetails d) {
            rows.add(pair("source amount", money(d.sourceAmount())));
            rows.add(pair("target currency", d.targetCurrency().code()));
            d.result().ifPresent(r -> {
                rows.add(pair("target amount", money(r.targetAmount())));
                rows.add(pair("fee", money(r.fee())));
            });
        } else if (details instanceof CryptoDepositDetails d) {
            rows.add(pair("currency", d.cryptoCurrency().code()));
            d.network().ifPresent(n -> rows.add(pair("network", n.wireName())));
            d.hash().ifPresent(h -> rows.add(pair("transaction hash", h.toString())));
        } else if (details instanceof HostedCardDetails d) {
            rows.add(pair("currency", d.currency().code()));
        } else if (details instanceof CardPaymentDetails d) {
            rows.add(pair("card", d.card().value()));
            rows.add(pair("charged", money(d.amount().charged())));
        }
        return rows;
    }

    /**
     * The fields of the request a resubmission sends, as the HTTP adapter builds it from the stored order (the
     * signature is added when it is sent); the callback URL is the one the operator gives.
     */
    static Map<String, Object> resubmission(OrderSnapshot o, Optional<String> callbackUrl) {
        List<Map<String, Object>> fields = new ArrayList<>();
        String operation;
        fields.add(pair("merchantTradeNo", o.merchantTradeNo().value() + " (the same as the first time)"));
        fields.add(pair("userId", o.userId().value()));
        fields.add(pair("createTime", o.createdAt().toEpochMilli() + " (" + time(o.createdAt())
                + ", the first request's)"));
        if (o.details() instanceof CryptoPayoutDetails d) {
            operation = "withdraw (crypto payout)";
            fields.add(pair("cryptoCurrency", d.amounts().totalAmount().asset().code()));
            fields.add(pair("network", d.network().wireName()));
            fields.add(pair("totalAmount", d.amounts().totalAmount().toWireString()));
            fields.add(pair("receivedAmount", d.amounts().receivedAmount().toWireString()));
            fields.add(pair("toAddress", d.toAddress()));
            fields.add(pair("callbackURL", callbackUrl.orElse("(none: C-Pay uses the merchant platform's setting)")));
        } else if (o.details() instanceof PixPayoutDetails d) {
            operation = "createFiatPayoutOrder (PIX payout)";
            fields.add(pair("payoutChannel", "PIX"));
            fields.add(pair("amount", d.terms().amount().toWireString()));
            fields.add(pair("currency", d.terms().amount().asset().code()));
            fields.add(pair("accountType", d.accountType().name()));
            fields.add(pair("toAccount", d.terms().toAccount().value()));
            fields.add(pair("country", d.terms().country()));
            fields.add(pair("callBackURL", callbackUrl.orElse("(none: C-Pay uses the merchant platform's setting)")));
            fields.add(pair("remark", "(none: the first request's remark is not kept)"));
        } else if (o.details() instanceof ExchangeDetails d) {
            operation = "exchange";
            fields.add(pair("sourceCurrency", d.sourceAmount().asset().code()));
            fields.add(pair("sourceAmount", d.sourceAmount().toWireString()));
            fields.add(pair("targetCurrency", d.targetCurrency().code()));
        } else {
            operation = "(a " + o.kind() + " order is never resubmitted)";
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("operation", operation);
        view.put("fields", fields);
        return view;
    }

    /** A stored webhook as a row of the inbox. */
    static Map<String, Object> notification(StoredNotification n) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", n.dedupeKey());
        row.put("receivedAt", time(n.receivedAt()));
        row.put("state", n.state().name());
        boolean refused = n.state() == InboxEntry.State.REJECTED;
        row.put("refused", refused);
        row.put("verdict", refused ? "refused: " + n.reason().orElse("not verified") : "signature verified");
        row.put("replayable", REPLAYABLE.contains(n.state()));
        row.put("resolution", n.resolution().orElse(""));
        row.put("outcome", n.resolution().or(n::reason).orElse(switch (n.state()) {
            case PROCESSED -> "applied to the order";
            case RECEIVED -> "being processed";
            default -> "";
        }));
        row.put("reason", n.reason().orElse(""));
        List<String> keys = new ArrayList<>();
        n.keys().merchantTradeNo().ifPresent(k -> keys.add("merchantTradeNo " + k.value()));
        n.keys().orderId().ifPresent(k -> keys.add("orderId " + k.value()));
        n.keys().hash().ifPresent(k -> keys.add("hash " + k.value()));
        // not "keys": a template reads map.keys as the map's key set
        row.put("identifiers", String.join(", ", keys));
        row.put("lookups", n.lookupAttempts());
        row.put("finding", n.finding().map(Object::toString).orElse(""));
        row.put("payload", n.payload());
        return row;
    }

    /** An audit entry as a row. */
    static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("at", time(e.at()));
        row.put("operator", e.operator());
        row.put("role", e.role().name());
        row.put("action", e.action().name());
        row.put("merchantTradeNo", e.merchantTradeNo().orElse(""));
        row.put("note", e.note().orElse(""));
        row.put("outcome", e.outcome());
        row.put("source", e.source().orElse(""));
        return row;
    }

    static Map<String, Object> pair(String label, Object value) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("label", label);
        pair.put("value", value);
        return pair;
    }
}

package com.cpay.platform.domain.order.query;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderCursor;
import com.cpay.platform.domain.order.OrderKind;
import com.cpay.platform.domain.order.OrderQuery;
import com.cpay.platform.domain.order.OrderSnapshot;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.shared.CpayOrderId;
import com.cpay.platform.domain.shared.TransactionHash;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A caller browses orders by status, kind, user, creation and change time, review state and C-Pay's identifiers. */
@PrimaryPort
public interface ListOrdersUseCase {

    /** One page of matching orders, newest first, and the cursor of the next page. */
    Result listOrders(Query query);

    /**
     * Filters and page, as an API caller gives them; every filter is optional.
     *
     * @param status      only this status
     * @param kind        only this kind
     * @param userId      only this user
     * @param createdFrom created at or after
     * @param createdTo   created before, after {@code createdFrom}
     * @param cursor      the token of the previous page's {@code nextCursor}
     * @param limit       page size, 1 to 200; 50 when absent
     * @param needsReview only orders flagged for review (true) or not (false); any when absent
     * @param outcomeUnknown only orders whose outcome is unknown (true) or known (false); any when absent
     * @param updatedSince only orders whose {@code updatedAt} is at or after this instant
     * @param cpayOrderId only the order C-Pay knows under this id
     * @param hash        only orders of this on-chain transaction
     */
    record Query(Optional<OrderStatus> status, Optional<OrderKind> kind, Optional<UserId> userId,
                 Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<String> cursor,
                 Optional<Integer> limit, Optional<Boolean> needsReview, Optional<Boolean> outcomeUnknown,
                 Optional<Instant> updatedSince, Optional<CpayOrderId> cpayOrderId, Optional<TransactionHash> hash) {

        /** Without the filters by change time and C-Pay's identifiers. */
        public Query(Optional<OrderStatus> status, Optional<OrderKind> kind, Optional<UserId> userId,
                     Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<String> cursor,
                     Optional<Integer> limit, Optional<Boolean> needsReview, Optional<Boolean> outcomeUnknown) {
            this(status, kind, userId, createdFrom, createdTo, cursor, limit, needsReview, outcomeUnknown,
                    Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Without the review filters, as the internal API asks. */
        public Query(Optional<OrderStatus> status, Optional<OrderKind> kind, Optional<UserId> userId,
                     Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<String> cursor,
                     Optional<Integer> limit) {
            this(status, kind, userId, createdFrom, createdTo, cursor, limit, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }

        public Query {
            status = CommandRules.orEmpty(status);
            kind = CommandRules.orEmpty(kind);
            userId = CommandRules.orEmpty(userId);
            createdFrom = CommandRules.orEmpty(createdFrom);
            createdTo = CommandRules.orEmpty(createdTo);
            cursor = CommandRules.orEmpty(cursor).filter(text -> !text.isBlank());
            limit = CommandRules.orEmpty(limit);
            needsReview = CommandRules.orEmpty(needsReview);
            outcomeUnknown = CommandRules.orEmpty(outcomeUnknown);
            updatedSince = CommandRules.orEmpty(updatedSince);
            cpayOrderId = CommandRules.orEmpty(cpayOrderId);
            hash = CommandRules.orEmpty(hash);
            Violations v = new Violations();
            Optional<String> token = cursor;
            if (token.isPresent() && v.check(() -> OrderCursor.parse(token.get())).isEmpty()) {
                v.throwIfAny();
            }
            var filters = new Query.Filters(status, kind, userId, createdFrom, createdTo, token, limit, needsReview,
                    outcomeUnknown, updatedSince, cpayOrderId, hash);
            v.verify(filters::toOrderQuery);
            v.throwIfAny();
        }

        /** Every order, first page. */
        public static Query all() {
            return new Query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** The repository query for these filters. */
        public OrderQuery toOrderQuery() {
            return new Filters(status, kind, userId, createdFrom, createdTo, cursor, limit, needsReview,
                    outcomeUnknown, updatedSince, cpayOrderId, hash).toOrderQuery();
        }

        // The compact constructor cannot call instance methods before the fields are set: both paths use this.
        private record Filters(Optional<OrderStatus> status, Optional<OrderKind> kind, Optional<UserId> userId,
                               Optional<Instant> createdFrom, Optional<Instant> createdTo, Optional<String> cursor,
                               Optional<Integer> limit, Optional<Boolean> needsReview,
                               Optional<Boolean> outcomeUnknown, Optional<Instant> updatedSince,
                               Optional<CpayOrderId> cpayOrderId, Optional<TransactionHash> hash) {
            OrderQuery toOrderQuery() {
                return new OrderQuery(status, kind, userId, createdFrom, createdTo, cursor.map(OrderCursor::parse),
                        limit.orElse(OrderQuery.DEFAULT_LIMIT), needsReview, outcomeUnknown, updatedSince, cpayOrderId,
                        hash);
            }
        }
    }

    /**
     * One page of orders.
     *
     * @param orders     the orders, newest first, as plain values with history
     * @param nextCursor the token to pass as {@code cursor} for the next page; empty on the last page
     */
    record Result(List<OrderSnapshot> orders, Optional<String> nextCursor) {

        public Result {
            orders = List.copyOf(orders);
            nextCursor = CommandRules.orEmpty(nextCursor);
        }
    }
}

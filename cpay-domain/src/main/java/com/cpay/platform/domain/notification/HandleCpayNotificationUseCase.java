package com.cpay.platform.domain.notification;

import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderStatus;
import com.cpay.platform.domain.order.OutcomeKind;
import com.cpay.platform.domain.shared.Checks;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.Violations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** C-Pay tells us an order changed (webhook, s.15). */
@PrimaryPort
public interface HandleCpayNotificationUseCase {

    /**
     * Has the delivered body verified and read (once, by {@link NotificationVerifier}); a refused one whose sender
     * {@link DeliveryAdmission} holds back is answered {@code RATE_LIMITED} with nothing stored. Otherwise, in one
     * transaction ({@link com.cpay.platform.domain.order.Transactions}): stores the notification in the inbox
     * (deduplicated by the SHA-256 of the body), then, when its signature was verified, it names this
     * merchant and it was not processed before: finds its order (by merchantTradeNo, then C-Pay order id, then
     * hash) and applies the report through the order's state machine, retrying from a fresh read when the order
     * changed concurrently. When no order matches, only a notification without merchantTradeNo that carries a
     * hash creates a no-order deposit; any other is kept {@code UNMATCHED} for review (docs/decisions.md, decision 15).
     * A notification for another merchant, or for none, is stored as rejected. One that cannot be read or
     * applied is kept {@code NEEDS_LOOKUP} with the keys that could be read.
     *
     * @return what was done, returned once the transaction committed; {@link
     *         Result#acknowledge()} says whether to answer C-Pay "OK"
     * @throws com.cpay.platform.domain.order.ConcurrentUpdateException when the order kept changing for
     *         every retry; this and any other failure rolls back everything (answer "FAIL": C-Pay delivers
     *         again)
     */
    Result handle(Command command);

    /**
     * A webhook delivery as it arrived, before anything read it: the use case has it verified and read once
     * ({@link NotificationVerifier}).
     *
     * @param body        the request body exactly as received; may be empty (then it is refused)
     * @param contentType the {@code Content-Type} it came with, if any
     * @param source      who sent it, for {@link DeliveryAdmission} (e.g. the sender's IP address), at most
     *                    {@value #MAX_SOURCE_LENGTH} characters
     */
    record Command(byte[] body, Optional<String> contentType, String source) {

        /** Longest source. */
        public static final int MAX_SOURCE_LENGTH = 255;
        /** The source of a delivery whose sender is not known. */
        public static final String UNKNOWN_SOURCE = "unknown";

        public Command {
            contentType = CommandRules.orEmpty(contentType).filter(text -> !text.isBlank());
            Violations v = new Violations();
            CommandRules.required(v, "body", body);
            v.verify(() -> Checks.text("source", source, MAX_SOURCE_LENGTH));
            v.throwIfAny();
            body = body.clone();
        }

        /** A delivery from a sender that is not known. */
        public static Command of(byte[] body, Optional<String> contentType) {
            return new Command(body, contentType, UNKNOWN_SOURCE);
        }

        /** The body exactly as received (a copy). */
        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Command that && java.util.Arrays.equals(body, that.body)
                    && contentType.equals(that.contentType) && source.equals(that.source);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * java.util.Arrays.hashCode(body) + contentType.hashCode()) + source.hashCode();
        }

        // the body may carry anything a sender chose, card data included: never printed
        @Override
        public String toString() {
            return "Command[" + body.length + " bytes, contentType=" + contentType.orElse("-")
                    + ", source=" + source + "]";
        }
    }

    /**
     * What handling a webhook did.
     *
     * @param disposition     the overall result
     * @param merchantTradeNo the order it was applied to (or created), if any
     * @param outcome         what the state machine made of it, if it reached an order
     * @param status          the order's status afterwards, if it reached an order
     * @param detail          a short explanation for logs (field names and rules, never values of the payload)
     * @param retryAfter      how long the sender has to wait, exactly when {@link Disposition#RATE_LIMITED}
     */
    record Result(Disposition disposition, Optional<MerchantTradeNo> merchantTradeNo,
                  Optional<OutcomeKind> outcome, Optional<OrderStatus> status,
                  Optional<String> detail, Optional<Duration> retryAfter) {

        public Result {
            Objects.requireNonNull(disposition, "disposition");
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            outcome = CommandRules.orEmpty(outcome);
            status = CommandRules.orEmpty(status);
            detail = CommandRules.orEmpty(detail);
            retryAfter = CommandRules.orEmpty(retryAfter);
            if (retryAfter.isPresent() != (disposition == Disposition.RATE_LIMITED)) {
                throw new IllegalArgumentException("a wait is given exactly when the sender is held back");
            }
        }

        /** What handling did, for any disposition but {@link Disposition#RATE_LIMITED}. */
        public Result(Disposition disposition, Optional<MerchantTradeNo> merchantTradeNo,
                      Optional<OutcomeKind> outcome, Optional<OrderStatus> status,
                      Optional<String> detail) {
            this(disposition, merchantTradeNo, outcome, status, detail, Optional.empty());
        }

        /** Nothing stored: the sender has to wait this long ({@link DeliveryAdmission}). */
        public static Result rateLimited(Duration wait) {
            return new Result(Disposition.RATE_LIMITED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("the sender is held back: nothing stored"), Optional.of(wait));
        }

        /** What handling a webhook did, overall. */
        public enum Disposition {
            /** Applied to an existing order. */
            APPLIED_TO_ORDER,
            /** No order matched, no merchantTradeNo and a hash: a no-order deposit was created from it (docs/decisions.md, decision 15). */
            CREATED_DEPOSIT,
            /** Delivered before and already processed (or kept for review or a lookup): nothing done. */
            ALREADY_PROCESSED,
            /** Signature missing or wrong: stored, never applied (docs/decisions.md, decision 14). */
            REJECTED,
            /** Signed, but for another merchant or for none (no merchantId): stored as rejected, never applied (docs/decisions.md, decision 15). */
            WRONG_MERCHANT,
            /**
             * Verified, but it matches no order of ours and is no deposit without an order (a merchantTradeNo we never
             * issued, or neither merchantTradeNo nor hash): kept for review, never booked (docs/decisions.md, decision 15).
             */
            UNMATCHED,
            /**
             * Verified, but it could not be read or applied: kept with the keys that could be read, to be settled
             * through C-Pay's getOrderDetail.
             */
            NEEDS_LOOKUP,
            /** Refused, and its sender has sent too many refused ones: nothing stored, answered with a wait. */
            RATE_LIMITED
        }

        /**
         * Whether to answer C-Pay "OK": everything stored for good is acknowledged; a rejected signature (docs/decisions.md, decision 14) and
         * a notification that is not ours are answered "FAIL". An unmatched or unreadable notification is
         * acknowledged because a redelivery cannot change it; it waits in the inbox for a lookup and a human.
         */
        public boolean acknowledge() {
            return disposition != Disposition.REJECTED && disposition != Disposition.WRONG_MERCHANT
                    && disposition != Disposition.RATE_LIMITED;
        }
    }
}

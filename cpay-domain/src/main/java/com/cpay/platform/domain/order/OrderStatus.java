package com.cpay.platform.domain.order;

import java.util.Optional;

/**
 * The four statuses C-Pay reports for every order kind (docs/decisions.md, decision 18).
 *
 * <p>Each status has a rank along the lifecycle PENDING &lt; PROCESSING &lt; COMPLETED = CLOSED: the two
 * terminal statuses share the highest rank because neither follows the other.
 */
public enum OrderStatus {
    /** Created at C-Pay, nothing has happened yet (wire code 0). */
    PENDING(0, 0),
    /** C-Pay is working on it (wire code 11). */
    PROCESSING(11, 1),
    /** Succeeded (wire code 14). Terminal. */
    COMPLETED(14, 2),
    /** Rejected, failed or expired (wire code 15). Terminal. */
    CLOSED(15, 2);

    private final int code;
    private final int rank;

    OrderStatus(int code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    /** The number C-Pay uses on the wire. */
    public int code() {
        return code;
    }

    /** The wire code as text, the form C-Pay sends it in. */
    public String wireCode() {
        return Integer.toString(code);
    }

    /** Position along the lifecycle; a lower rank never follows a higher one. */
    public int rank() {
        return rank;
    }

    /** Whether the order has reached its end: nothing can move it any more. */
    public boolean isTerminal() {
        return rank == COMPLETED.rank;
    }

    /** The status with this wire code, if C-Pay documents it. */
    public static Optional<OrderStatus> fromCode(int code) {
        for (OrderStatus status : values()) {
            if (status.code == code) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}

package com.cpay.platform.app.console;

/** What an operator did, as the audit log names it. */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    /** Asked C-Pay where an order stands (getOrderDetail) and applied the answer. */
    REFRESH,
    /** Cleared an order's review flag, with a note. */
    MARK_REVIEWED,
    /** Confirmed a resubmission: written before anything is sent, so a crash while sending still leaves it. */
    RESUBMIT_CONFIRMED,
    /** What C-Pay did with the resubmission. */
    RESUBMIT_RESULT,
    /** Closed an order that needed a person, with a note; nothing sent to C-Pay. */
    CLOSE,
    /** Applied a stored, verified notification again through the webhook intake's matching. */
    REPLAY_NOTIFICATION,
    /** Sandbox only: moved an order of the simulator to a status. */
    SIMULATOR_MOVE,
    /** Sandbox only: added a fault to the simulator or cleared its faults. */
    SIMULATOR_FAULT
}

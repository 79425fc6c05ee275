package com.cpay.platform.app.console;

/** What an operator may do in the console. */
public enum ConsoleRole {
    /** Reads every page; takes no action. */
    VIEWER,
    /** Reads, and acts on orders: refresh from C-Pay, mark reviewed, resubmit. */
    OPERATOR;

    /** Whether this role may change anything. */
    public boolean mayAct() {
        return this == OPERATOR;
    }
}

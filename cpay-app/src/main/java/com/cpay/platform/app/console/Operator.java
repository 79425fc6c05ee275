package com.cpay.platform.app.console;

import java.util.Objects;

/**
 * A person signed in to the console.
 *
 * @param name the account's name ({@code cpay.console.operators.<name>})
 * @param role what the account may do
 */
public record Operator(String name, ConsoleRole role) {

    public Operator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}

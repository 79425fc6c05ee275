package com.cpay.platform.sandbox.state;

/** A status change that happened: the order before and after. */
public record Transition(Order before, Order after) {
}

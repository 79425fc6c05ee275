package com.cpay.platform.sandbox.state;

/** One step of an order's history: the status it entered, when (epoch ms) and why. */
public record StatusChange(OrderStatus status, long at, String reason) {
}

package com.cpay.platform.domain.order.query;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import com.cpay.platform.domain.order.OrderStatus;

import java.util.Map;

/**
 * Counts this installation's stored orders by status, for dashboards and metrics. An order's status is always
 * one of the four known ones: a code C-Pay sent that the document does not list is kept raw in the order's
 * history and flags it for review, it never becomes the order's status.
 */
@SecondaryPort
public interface CountOrdersPort {

    /**
     * How many orders are in each status; a status with no order maps to 0, every status is present. Its cost
     * grows with every order ever stored: for a dashboard's occasional look, not for a count every few seconds.
     */
    Map<OrderStatus, Long> countByStatus();

    /**
     * How many orders are in each status that is not terminal ({@link OrderStatus#isTerminal}); exactly those
     * statuses are present, one with no order maps to 0. Its cost grows with the open orders only, so it may run
     * as often as a metric is scraped.
     */
    Map<OrderStatus, Long> countOpenByStatus();

    /** How many orders wait for a person: flagged for review, and sent with an outcome not known yet. */
    AttentionCounts countNeedingAttention();
}

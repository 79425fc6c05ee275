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

    /** How many orders are in each status; a status with no order maps to 0, every status is present. */
    Map<OrderStatus, Long> countByStatus();

    /** How many orders wait for a person: flagged for review, and sent with an outcome not known yet. */
    AttentionCounts countNeedingAttention();
}

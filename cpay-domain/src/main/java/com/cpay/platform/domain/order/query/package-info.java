/**
 * Reading orders: one by merchantTradeNo and pages of them in a stable order with a cursor.
 */
@Module(name = "Order queries")
package com.cpay.platform.domain.order.query;

import org.jmolecules.ddd.annotation.Module;

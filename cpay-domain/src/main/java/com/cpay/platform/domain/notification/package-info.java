/**
 * C-Pay's webhooks: a notification is stored in the inbox before it is applied, matched to its order by
 * merchantTradeNo, orderId or hash, and applied through the order's transition policy; refused and unmatched ones
 * are kept (refused ones redacted) and resolved later.
 */
@Module(name = "Notifications")
package com.cpay.platform.domain.notification;

import org.jmolecules.ddd.annotation.Module;

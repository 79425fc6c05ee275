/**
 * Card payments: the hosted card order (createOrderByCreditCard) and the direct payment with 3DS (pwpp), their
 * services and {@link com.cpay.platform.domain.card.CpayCardGateway} with the checkouts sent beside the order. A card number and CVV travel only
 * inside {@link com.cpay.platform.domain.card.CardData}, which never prints them; the order keeps the masked PAN
 * only.
 */
@Module(name = "Card payments")
package com.cpay.platform.domain.card;

import org.jmolecules.ddd.annotation.Module;

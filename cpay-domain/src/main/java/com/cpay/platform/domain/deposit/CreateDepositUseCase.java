package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.shared.ExtInfo;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user wants to deposit crypto through C-Pay's cashier page (createOrder, s.13). */
@PrimaryPort
public interface CreateDepositUseCase {

    /**
     * Records the deposit as PENDING, then asks C-Pay for it.
     *
     * @param order   the deposit ({@link NewOrder#cryptoDeposit})
     * @param urls    optional callback, success and fail URLs; null is none
     * @param extInfo optional merchant extension data for C-Pay, the text of one JSON object ({@link ExtInfo}); an
     *                empty text (or null) is none
     * @return the deposit as stored, with C-Pay's cashier page when C-Pay answered
     *
     * @throws com.cpay.platform.domain.shared.ValidationException when extInfo breaks its rule; nothing is recorded
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted createDeposit(NewOrder<CryptoDepositDetails> order, OrderUrls urls, Optional<String> extInfo);
}

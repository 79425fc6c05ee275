package com.cpay.platform.domain.deposit;

import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.order.CommandRules;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;

/** A user wants to deposit crypto through C-Pay's cashier page (createOrder, s.13). */
@PrimaryPort
public interface CreateDepositUseCase {

    /**
     * Records the deposit as PENDING, then asks C-Pay for it.
     *
     * @return the deposit as stored, with C-Pay's cashier page when C-Pay answered
     *
     * @throws com.cpay.platform.domain.shared.ConflictException when the merchantTradeNo is already used
     */
    OrderSubmitted createDeposit(Command command);

    /**
     * A crypto deposit to open.
     *
     * @param merchantTradeNo the caller's order number; one is generated when absent
     * @param userId          the depositing user
     * @param amount          how much, in a crypto asset, positive
     * @param urls            optional callback, success and fail URLs
     * @param extInfo         optional merchant extension data for C-Pay, the text of one JSON object ({@link ExtInfo});
     *                        an empty text is none
     */
    record Command(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                   OrderUrls urls, Optional<String> extInfo) {

        public Command {
            merchantTradeNo = CommandRules.orEmpty(merchantTradeNo);
            urls = Objects.requireNonNullElse(urls, OrderUrls.none());
            extInfo = ExtInfo.orEmpty(extInfo);
            Violations v = new Violations();
            CommandRules.required(v, UserId.FIELD, userId);
            if (CommandRules.required(v, "amount", amount) && !amount.asset().isCrypto()) {
                v.add("cryptoCurrency", "crypto-required", "a deposit is in a crypto asset");
            }
            CommandRules.positive(v, "amount", amount);
            ExtInfo.check(v, extInfo);
            v.throwIfAny();
        }

        /** A deposit without extension data. */
        public Command(Optional<MerchantTradeNo> merchantTradeNo, UserId userId, Money amount,
                       OrderUrls urls) {
            this(merchantTradeNo, userId, amount, urls, Optional.empty());
        }
    }
}

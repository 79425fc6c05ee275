package com.cpay.platform.domain.card;

import com.cpay.platform.domain.shared.GatewayText;
import com.cpay.platform.domain.order.CardRedirect;
import com.cpay.platform.domain.shared.CpayOrderId;
import java.util.Objects;
import java.util.Optional;

/**
 * C-Pay's answer to pwpp (s.12): no status, only where the card holder goes next.
 *
 * @param cpayOrderId C-Pay's id of the payment ({@code orderId}); C-Pay may send it empty
 * @param redirect    the 3DS or result page ({@code pageData}) or URL ({@code redirectURL}), when given
 * @param ccStorageId the stored card's id ({@code ccStorageID}), when the card was stored; never logged
 */
public record DirectCardPaymentResult(
        Optional<CpayOrderId> cpayOrderId, Optional<CardRedirect> redirect, Optional<String> ccStorageId) {

    public DirectCardPaymentResult {
        cpayOrderId = Objects.requireNonNullElse(cpayOrderId, Optional.empty());
        redirect = Objects.requireNonNullElse(redirect, Optional.empty());
        ccStorageId = GatewayText.nonBlank(ccStorageId);
    }

    @Override
    public String toString() {
        return "DirectCardPaymentResult[cpayOrderId=" + cpayOrderId.map(CpayOrderId::value).orElse("none")
                + ", redirect=" + redirect.map(CardRedirect::toString).orElse("none")
                + ", ccStorageId=" + (ccStorageId.isPresent() ? "present" : "none") + "]";
    }
}

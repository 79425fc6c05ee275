package com.cpay.platform.example.embedding;

import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.order.query.GetOrderUseCase;
import com.cpay.platform.domain.payout.RequestPixPayoutUseCase;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;

/** The shop pays its sellers over PIX with the platform's use case, and shows the payout's status. */
@Controller("/shop")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ShopPayoutController {

    private final RequestPixPayoutUseCase payouts;
    private final GetOrderUseCase orders;

    public ShopPayoutController(RequestPixPayoutUseCase payouts, GetOrderUseCase orders) {
        this.payouts = payouts;
        this.orders = orders;
    }

    /** A seller's payout request. */
    @Serdeable
    public record SellerPayout(String sellerId, String amountBrl, String cpf) {
    }

    /** What the shop shows. */
    @Serdeable
    public record PayoutView(String merchantTradeNo, String status) {
    }

    @Post("/payouts")
    public PayoutView pay(@Body SellerPayout payout) {
        var result = payouts.requestPixPayout(NewOrder.pixPayout(Optional.empty(), new UserId(payout.sellerId()),
                PixPayoutTerms.of(payout.amountBrl(), "BRL", "BRA", "1", payout.cpf())), OrderUrls.none(),
                Optional.of("shop seller payout"));
        return new PayoutView(result.order().merchantTradeNo().value(), result.order().status().name());
    }

    @Get("/payouts/{merchantTradeNo}")
    public PayoutView status(String merchantTradeNo) {
        var order = orders.getOrder(GetOrderUseCase.Query.of(new MerchantTradeNo(merchantTradeNo))).order();
        return new PayoutView(order.merchantTradeNo().value(), order.status().name());
    }
}

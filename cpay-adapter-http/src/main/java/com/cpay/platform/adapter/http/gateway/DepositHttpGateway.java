package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.CreateOrderRequest;
import com.cpay.platform.adapter.http.generated.model.CreateOrderRequestCryptoCurrency;
import com.cpay.platform.adapter.http.generated.model.CreateOrderResponse;
import com.cpay.platform.adapter.http.generated.model.CryptoOrder;
import com.cpay.platform.adapter.http.generated.model.GetWalletAddressResponse;
import com.cpay.platform.adapter.http.generated.model.WalletAddress;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.deposit.CpayDepositGateway;
import com.cpay.platform.domain.deposit.CreatedDeposit;
import com.cpay.platform.domain.deposit.DepositAddress;
import com.cpay.platform.domain.order.CryptoDepositDetails;
import com.cpay.platform.domain.order.Order;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.reconciliation.OrderReport;
import com.cpay.platform.domain.shared.UserId;

import java.util.List;
import java.util.Optional;

/** createOrder (s.13) and getWalletAddress (s.3). */
final class DepositHttpGateway implements CpayDepositGateway {

    private static final String CREATE = "createOrder";
    private static final String ADDRESSES = "getWalletAddress";

    private final CpayCalls calls;
    private final Submissions submissions;
    private final DepositAddressMapper addresses;

    DepositHttpGateway(CpayCalls calls, Submissions submissions, DepositAddressMapper addresses) {
        this.calls = calls;
        this.submissions = submissions;
        this.addresses = addresses;
    }

    @Override
    public CreatedDeposit createDeposit(Order order, OrderUrls urls, Optional<String> extInfo) {
        Asset asset = WireValues.details(order, CryptoDepositDetails.class, CREATE).cryptoCurrency();
        CreateOrderRequest wire = new CreateOrderRequest()
                .merchantTradeNo(order.merchantTradeNo().value())
                .createTime(WireValues.time(order.createdAt()))
                .userId(order.userId().value())
                .amount(order.requestedAmount().orElseThrow().toWireString())
                .cryptoCurrency(WireValues.oneOf("cryptoCurrency", asset.code(),
                        CreateOrderRequestCryptoCurrency.class))
                .callBackURL(WireValues.text(urls.callbackUrl()))
                .successURL(WireValues.text(urls.successUrl()))
                .failURL(WireValues.text(urls.failUrl()))
                .extInfo(extInfo.orElse(null));
        return submissions.submit(CREATE, order, calls.signForm(wire),
                p -> envelope(calls.call(CREATE, p, CreateOrderResponse.class)),
                data -> created(data, asset),
                report -> recovered(report, asset));
    }

    @Override
    public List<DepositAddress> depositAddresses(UserId userId) {
        WireParams.Signed signed = calls.sign(calls.params().with("userId", userId.value()));
        Envelope<List<WalletAddress>> answer = calls.query(ADDRESSES, signed, p -> {
            GetWalletAddressResponse r = calls.call(ADDRESSES, p, GetWalletAddressResponse.class);
            return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
        });
        return calls.read(ADDRESSES, answer, data -> data == null ? List.of() : addresses.toDomain(data), false);
    }

    private static Envelope<CryptoOrder> envelope(CreateOrderResponse r) {
        return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
    }

    private static CreatedDeposit created(CryptoOrder d, Asset asset) {
        if (d == null) {
            return created(new CryptoOrder(), asset);
        }
        return new CreatedDeposit(Answers.requiredOrderId(CREATE, d.getOrderId()), Answers.text(d.getCashierURL()),
                Answers.status(d.getStatus()),
                Answers.amounts(asset, d.getOrderAmount(), d.getReceivedAmount(), d.getPledgeAmount(), d.getFee()),
                Answers.network(d.getNetwork()), Answers.text(d.getRemark()), Answers.text(d.getExtInfo()));
    }

    // getOrderDetail does not return the cashier page: it stays empty
    private static CreatedDeposit recovered(OrderReport report, Asset asset) {
        return new CreatedDeposit(Answers.recoveredOrderId(CREATE, report.cpayOrderId()), Optional.empty(),
                Answers.status(report.status()), report.amountsIn(asset), report.network(), report.remark(),
                report.extInfo());
    }
}

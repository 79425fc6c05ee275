package com.cpay.platform.adapter.http.gateway;

import com.cpay.platform.adapter.http.generated.model.GetMerchantBalanceResponse;
import com.cpay.platform.adapter.http.generated.model.MerchantBalance;
import com.cpay.platform.domain.account.Balance;
import com.cpay.platform.domain.account.CpayAccountGateway;

import java.util.List;

/** getMerchantBalance (s.6). */
final class AccountHttpGateway implements CpayAccountGateway {

    private static final String OPERATION = "getMerchantBalance";

    private final CpayCalls calls;
    private final BalanceMapper mapper;

    AccountHttpGateway(CpayCalls calls, BalanceMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    @Override
    public List<Balance> balances() {
        WireParams.Signed signed = calls.sign(calls.params());
        Envelope<List<MerchantBalance>> answer = calls.query(OPERATION, signed,
                p -> envelope(calls.call(OPERATION, p, GetMerchantBalanceResponse.class)));
        return calls.read(OPERATION, answer, data -> data == null ? List.of() : mapper.toDomain(data), false);
    }

    private static Envelope<List<MerchantBalance>> envelope(GetMerchantBalanceResponse r) {
        return r == null ? null : new Envelope<>(r.getCode(), r.getMsg(), r.getTraceid(), r.getData());
    }
}

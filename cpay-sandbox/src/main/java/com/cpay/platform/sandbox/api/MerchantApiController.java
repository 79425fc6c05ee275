package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.generated.api.CpayMerchantApi;
import com.cpay.platform.sandbox.generated.model.CreateFiatPayoutOrderRequestAccountType;
import com.cpay.platform.sandbox.generated.model.CreateFiatPayoutOrderRequestPayoutChannel;
import com.cpay.platform.sandbox.generated.model.CreateFiatPayoutOrderResponse;
import com.cpay.platform.sandbox.generated.model.CreateOrderByCreditCardRequestCurrency;
import com.cpay.platform.sandbox.generated.model.CreateOrderByCreditCardRequestLanuage;
import com.cpay.platform.sandbox.generated.model.CreateOrderByCreditCardResponse;
import com.cpay.platform.sandbox.generated.model.CreateOrderRequestCryptoCurrency;
import com.cpay.platform.sandbox.generated.model.CreateOrderResponse;
import com.cpay.platform.sandbox.generated.model.ExchangeResponse;
import com.cpay.platform.sandbox.generated.model.GetExchangeRateForCreditCardResponse;
import com.cpay.platform.sandbox.generated.model.GetExchangeRateResponse;
import com.cpay.platform.sandbox.generated.model.GetMerchantBalanceResponse;
import com.cpay.platform.sandbox.generated.model.GetOrderDetailResponse;
import com.cpay.platform.sandbox.generated.model.GetWalletAddressResponse;
import com.cpay.platform.sandbox.generated.model.PurchaseType;
import com.cpay.platform.sandbox.generated.model.PwppRequestCurrency;
import com.cpay.platform.sandbox.generated.model.PwppRequestStoreCc;
import com.cpay.platform.sandbox.generated.model.PwppResponse;
import com.cpay.platform.sandbox.generated.model.SubmitKycResponse;
import com.cpay.platform.sandbox.generated.model.WithdrawResponse;
import com.cpay.platform.sandbox.rules.Rejection;
import com.cpay.platform.sandbox.state.Ids;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The twelve operations of cpay-merchant-api.yaml, on the server interface generated from it. Merchant and
 * signature were checked by {@link GatewayFilter}; the callback URL is taken under either spelling
 * ({@link CallbackParameter}); a refused request is HTTP 200 with envelope code 1 (pwpp's
 * card refusal: 90751015 "pay fail"). {@code msg} and {@code traceid} follow the document's examples ("ok"
 * for withdraw, s.8 and exchange; no traceid in s.8 and s.10). Binding failures: {@link BindingErrors}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MerchantApiController extends BindingErrors implements CpayMerchantApi {

    private static final String SUCCESS = "success";
    private static final String OK = "ok";

    private final Deposits deposits;
    private final Payouts payouts;
    private final Queries queries;

    MerchantApiController(Deposits deposits, Payouts payouts, Queries queries) {
        this.deposits = deposits;
        this.payouts = payouts;
        this.queries = queries;
    }

    @Override
    public GetWalletAddressResponse getWalletAddress(String merchantId, String userId, String sign) {
        return handle(() -> new GetWalletAddressResponse(0L, SUCCESS).data(queries.walletAddresses(merchantId, userId)),
                GetWalletAddressResponse::new, GetWalletAddressResponse::setTraceid);
    }

    @Override
    public WithdrawResponse withdraw(String merchantId, String userId, String merchantTradeNo, String createTime,
                                     String cryptoCurrency, String network, String totalAmount, String receivedAmount,
                                     String toAddress, String sign, String callbackURL) {
        return handle(() -> new WithdrawResponse(0L, OK).data(payouts.withdraw(merchantId, userId, merchantTradeNo,
                        createTime, cryptoCurrency, network, totalAmount, receivedAmount, toAddress,
                        CallbackParameter.read(callbackURL))),
                WithdrawResponse::new, WithdrawResponse::setTraceid);
    }

    @Override
    public CreateFiatPayoutOrderResponse createFiatPayoutOrder(String merchantId, String userId, String merchantTradeNo,
            CreateFiatPayoutOrderRequestPayoutChannel payoutChannel, String amount, String currency,
            CreateFiatPayoutOrderRequestAccountType accountType, String toAccount, String country, String createTime,
            String sign, String accountCode, String callBackURL, String successURL, String failURL, String remark,
            String extInfo) {
        return handle(() -> new CreateFiatPayoutOrderResponse(0L, SUCCESS).data(payouts.createFiatPayoutOrder(merchantId,
                        userId, merchantTradeNo, payoutChannel.getValue(), amount, currency, accountType.getValue(), toAccount,
                        country, createTime, CallbackParameter.read(callBackURL), remark, extInfo)),
                CreateFiatPayoutOrderResponse::new, CreateFiatPayoutOrderResponse::setTraceid);
    }

    @Override
    public GetMerchantBalanceResponse getMerchantBalance(String merchantId, String sign) {
        return handle(() -> new GetMerchantBalanceResponse(0L, SUCCESS).data(queries.balances(merchantId)),
                GetMerchantBalanceResponse::new, GetMerchantBalanceResponse::setTraceid);
    }

    @Override
    public GetExchangeRateResponse getExchangeRate(String merchantId, String sourceCurrency, String targetCurrency,
                                                   PurchaseType purchaseType, String amount, String sign) {
        return handle(() -> new GetExchangeRateResponse(0L, SUCCESS).data(queries.exchangeRate(sourceCurrency,
                        targetCurrency, purchaseType.getValue(), amount)),
                GetExchangeRateResponse::new, GetExchangeRateResponse::setTraceid);
    }

    @Override
    public GetExchangeRateForCreditCardResponse getExchangeRateForCreditCard(String merchantId, String sourceCurrency,
            String targetCurrency, PurchaseType purchaseType, String amount, String sign) {
        return handle(() -> new GetExchangeRateForCreditCardResponse(0L, OK).data(queries.creditCardRate(sourceCurrency,
                        targetCurrency, purchaseType.getValue(), amount)),
                GetExchangeRateForCreditCardResponse::new, GetExchangeRateForCreditCardResponse::setTraceid, false);
    }

    @Override
    public GetOrderDetailResponse getOrderDetail(String merchantId, String sign, String merchantTradeNo,
                                                 String cpayOrderId, String hash) {
        return handle(() -> new GetOrderDetailResponse(0L, SUCCESS).data(queries.orderDetail(merchantId, merchantTradeNo,
                        cpayOrderId, hash)),
                GetOrderDetailResponse::new, GetOrderDetailResponse::setTraceid);
    }

    @Override
    public ExchangeResponse exchange(String merchantId, String userId, String merchantTradeNo, String createTime,
                                     String sourceCurrency, String sourceAmount, String targetCurrency, String sign) {
        return handle(() -> new ExchangeResponse(0L, OK).data(payouts.exchange(merchantId, userId, merchantTradeNo,
                        createTime, sourceCurrency, sourceAmount, targetCurrency)),
                ExchangeResponse::new, ExchangeResponse::setTraceid, false);
    }

    @Override
    public SubmitKycResponse submitKYC(String merchantId, String data, String sign) {
        return handle(() -> new SubmitKycResponse(0L, SUCCESS).data(queries.submitKyc(merchantId, data)),
                SubmitKycResponse::new, SubmitKycResponse::setTraceid);
    }

    @Override
    public PwppResponse pwpp(String merchantId, String merchantTradeNo, String userId, String firstName, String lastName,
                             String email, String iddCode, String mobile, String addressLine, String country, String city,
                             String zip, String cardNumber, String cvv, String expDate, String ip,
                             PwppRequestCurrency currency, String amount, String products, String clientHTTPAccept,
                             String clientHTTPUserAgent, String createTime, String sign, String lang,
                             PwppRequestStoreCc storeCc, String ccStorageID, String payChannel, String callbackURL,
                             String successURL, String failURL) {
        try {
            return new PwppResponse(0L, SUCCESS).traceid(Ids.traceId()).data(deposits.pwpp(merchantId, merchantTradeNo,
                    userId, currency.getValue(), amount, new Deposits.CardPayer(email, ip, products), cardNumber, cvv,
                    expDate, storeCc == PwppRequestStoreCc.STORE, ccStorageID, createTime, CallbackParameter.read(callbackURL),
                    successURL, failURL));
        } catch (Rejection rejection) {
            return Envelopes.pwppFailure(rejection.code(), rejection.getMessage());
        }
    }

    @Override
    public CreateOrderResponse createOrder(String merchantId, String merchantTradeNo, String createTime, String userId,
                                           String amount, CreateOrderRequestCryptoCurrency cryptoCurrency, String sign,
                                           String callBackURL, String successURL, String failURL, String extInfo) {
        return handle(() -> new CreateOrderResponse(0L, SUCCESS).data(deposits.createOrder(merchantId, merchantTradeNo,
                        createTime, userId, amount, cryptoCurrency.getValue(), CallbackParameter.read(callBackURL),
                        successURL, failURL, extInfo)),
                CreateOrderResponse::new, CreateOrderResponse::setTraceid);
    }

    @Override
    public CreateOrderByCreditCardResponse createOrderByCreditCard(String merchantId, String merchantTradeNo,
            String userId, CreateOrderByCreditCardRequestCurrency currency, String amount, String products,
            String country, String email, String ip, String createTime, String sign,
            CreateOrderByCreditCardRequestLanuage lanuage, String callBackURL, String successURL, String failURL,
            String extInfo) {
        return handle(() -> new CreateOrderByCreditCardResponse(0L, SUCCESS).data(deposits.createOrderByCreditCard(
                        merchantId, merchantTradeNo, userId, currency.getValue(), amount,
                        new Deposits.CardPayer(email, ip, products), country, createTime,
                        CallbackParameter.read(callBackURL), successURL, failURL, extInfo)),
                CreateOrderByCreditCardResponse::new, CreateOrderByCreditCardResponse::setTraceid);
    }

    /** Runs an operation; a {@link Rejection} becomes the envelope {code, msg, traceid}. */
    private static <R> R handle(Supplier<R> operation, BiFunction<Long, String, R> failure, BiConsumer<R, String> traceId) {
        return handle(operation, failure, traceId, true);
    }

    private static <R> R handle(Supplier<R> operation, BiFunction<Long, String, R> failure, BiConsumer<R, String> traceId,
                                boolean traceOnSuccess) {
        try {
            R response = operation.get();
            if (traceOnSuccess) {
                traceId.accept(response, Ids.traceId());
            }
            return response;
        } catch (Rejection rejection) {
            R response = failure.apply(rejection.code(), rejection.getMessage());
            traceId.accept(response, Ids.traceId());
            return response;
        }
    }
}

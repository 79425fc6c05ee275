package com.cpay.platform.app.api;

import com.cpay.platform.domain.deposit.CreateDepositUseCase;
import com.cpay.platform.domain.payout.RequestPixPayoutUseCase;
import com.cpay.platform.domain.payout.RequestCryptoPayoutUseCase;
import com.cpay.platform.domain.kyc.SubmitKycBatchUseCase;
import com.cpay.platform.domain.exchange.ExchangeUseCase;
import com.cpay.platform.domain.card.PayByCardDirectUseCase;
import com.cpay.platform.domain.card.PayByCardHostedUseCase;
import com.cpay.platform.app.generated.model.CreateCardOrderRequest;
import com.cpay.platform.app.generated.model.CreateCardPaymentRequest;
import com.cpay.platform.app.generated.model.CreateCryptoPayoutRequest;
import com.cpay.platform.app.generated.model.CreateDepositRequest;
import com.cpay.platform.app.generated.model.CreateExchangeRequest;
import com.cpay.platform.app.generated.model.CreatePixPayoutRequest;
import com.cpay.platform.app.generated.model.KycUser;
import com.cpay.platform.app.generated.model.SubmitKycBatchRequest;
import com.cpay.platform.app.security.CallbackUrlPolicy;
import com.cpay.platform.domain.kyc.Gender;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.CardAmount;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.money.Network;
import com.cpay.platform.domain.payout.model.CryptoAddress;
import com.cpay.platform.domain.payout.model.CryptoPayoutAmounts;
import com.cpay.platform.domain.payout.model.PixAccountType;
import com.cpay.platform.domain.payout.model.PixPayoutTerms;
import com.cpay.platform.domain.card.BillingAddress;
import com.cpay.platform.domain.card.BrowserClient;
import com.cpay.platform.domain.card.CardData;
import com.cpay.platform.domain.card.CpayCardGateway;
import com.cpay.platform.domain.card.Cardholder;
import com.cpay.platform.domain.order.NewOrder;
import com.cpay.platform.domain.order.OrderUrls;
import com.cpay.platform.domain.order.lifecycle.OrderSubmitted;
import com.cpay.platform.domain.card.ProductLine;
import com.cpay.platform.domain.shared.DecimalText;
import com.cpay.platform.domain.shared.ExtInfo;
import com.cpay.platform.domain.shared.MerchantTradeNo;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violation;
import com.cpay.platform.domain.shared.Violations;
import com.cpay.platform.app.generated.model.ResubmitRequest;
import com.cpay.platform.domain.payout.ResubmitOrderUseCase;
import com.cpay.platform.domain.shared.Checks;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the generated request models into the domain's inputs: an order-creating request into the {@link NewOrder}
 * it asks for and what is sent beside it, any other into its use case's command. Every value is checked by the domain
 * type it becomes, all problems of a request are collected and reported at once under the field names of the API
 * ({@code products[2].num}, {@code card.cvv}); nothing is checked twice by hand.
 */
@Singleton
class Commands {

    private final AssetCatalog assets;
    private final CallbackUrlPolicy urlPolicy;

    Commands(AssetCatalog assets, CallbackUrlPolicy urlPolicy) {
        this.assets = assets;
        this.urlPolicy = urlPolicy;
    }

    /**
     * A checked request that creates an order: the merchantTradeNo it asks for and the use-case call that creates
     * it.
     */
    record OrderCall(Optional<MerchantTradeNo> merchantTradeNo, Supplier<OrderSubmitted> submit) {
    }

    OrderCall deposit(CreateDepositRequest r, Optional<MerchantTradeNo> orNew, CreateDepositUseCase useCase) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = tradeNo(v, r.getMerchantTradeNo(), orNew);
        Optional<UserId> user = v.check(() -> new UserId(r.getUserId()));
        Optional<Money> amount = v.check(() -> assets.asset("cryptoCurrency", r.getCryptoCurrency()))
                .flatMap(asset -> v.check(() -> Money.parse("amount", r.getAmount(), asset)));
        Optional<OrderUrls> urls = urls(v, r.getCallbackUrl(), r.getSuccessUrl(), r.getFailUrl());
        Optional<String> extInfo = ExtInfo.check(v, Optional.ofNullable(r.getExtInfo()));
        v.throwIfAny();
        var order = NewOrder.cryptoDeposit(tradeNo, user.orElseThrow(), amount.orElseThrow());
        return new OrderCall(tradeNo, () -> useCase.createDeposit(order, urls.orElseThrow(), extInfo));
    }

    OrderCall cardOrder(CreateCardOrderRequest r, Optional<MerchantTradeNo> orNew, PayByCardHostedUseCase useCase) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = tradeNo(v, r.getMerchantTradeNo(), orNew);
        Optional<UserId> user = v.check(() -> new UserId(r.getUserId()));
        Optional<Money> amount = v.check(() -> assets.asset("currency", r.getCurrency().getValue()))
                .flatMap(asset -> v.check(() -> Money.parse("amount", r.getAmount(), asset)));
        List<ProductLine> products = products(v, r.getProducts());
        Optional<OrderUrls> urls = urls(v, r.getCallbackUrl(), r.getSuccessUrl(), r.getFailUrl());
        Optional<String> extInfo = ExtInfo.check(v, Optional.ofNullable(r.getExtInfo()));
        v.throwIfAny();
        // the order's rules and the checkout's are one answer, as one request's problems
        Violations rules = new Violations();
        var order = rules.check(() -> NewOrder.hostedCard(tradeNo, user.orElseThrow(), amount.orElseThrow()));
        var checkout = rules.check(() -> new CpayCardGateway.HostedCheckout(products, r.getCountry(), r.getEmail(),
                r.getIp(), Optional.ofNullable(r.getLanguage()).map(language -> language.getValue()),
                urls.orElseThrow(), extInfo));
        rules.throwIfAny();
        return new OrderCall(tradeNo, () -> useCase.payByCardHosted(order.orElseThrow(), checkout.orElseThrow()));
    }

    OrderCall cardPayment(CreateCardPaymentRequest r, Optional<MerchantTradeNo> orNew, PayByCardDirectUseCase useCase) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = tradeNo(v, r.getMerchantTradeNo(), orNew);
        Optional<UserId> user = v.check(() -> new UserId(r.getUserId()));
        var amount = v.check(() -> assets.asset("currency", r.getCurrency().getValue()))
                .flatMap(asset -> v.check(() -> CardAmount.roundDown("amount", r.getAmount(), asset)));
        var card = v.check("card", () -> CardData.of(r.getCard().getCardNumber(), r.getCard().getCvv(),
                r.getCard().getExpDate()));
        var holder = r.getCardholder();
        var cardholder = v.check("cardholder", () -> new Cardholder(holder.getFirstName(), holder.getLastName(),
                holder.getEmail(), holder.getIddCode(), holder.getMobile()));
        var address = r.getBillingAddress();
        var billing = v.check("billingAddress", () -> new BillingAddress(address.getAddressLine(),
                address.getCountry(), address.getCity(), address.getZip()));
        var client = r.getBrowser();
        var browser = v.check("browser", () -> new BrowserClient(client.getClientHttpAccept(),
                client.getClientHttpUserAgent(), client.getIp()));
        List<ProductLine> products = products(v, r.getProducts());
        Optional<OrderUrls> urls = urls(v, r.getCallbackUrl(), r.getSuccessUrl(), r.getFailUrl());
        v.throwIfAny();
        Violations rules = new Violations();
        var order = rules.check(() -> NewOrder.directCard(tradeNo, user.orElseThrow(), amount.orElseThrow(),
                card.orElseThrow().maskedPan()));
        var checkout = rules.check(() -> new CpayCardGateway.DirectCheckout(cardholder.orElseThrow(),
                billing.orElseThrow(), browser.orElseThrow(), products, Boolean.TRUE.equals(r.getStoreCard()),
                Optional.ofNullable(r.getCcStorageId()), Optional.ofNullable(r.getLanguage()),
                Optional.ofNullable(r.getPayChannel()), urls.orElseThrow()));
        rules.throwIfAny();
        return new OrderCall(tradeNo,
                () -> useCase.payByCardDirect(order.orElseThrow(), card.orElseThrow(), checkout.orElseThrow()));
    }

    OrderCall cryptoPayout(CreateCryptoPayoutRequest r, Optional<MerchantTradeNo> orNew,
                           RequestCryptoPayoutUseCase useCase) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = tradeNo(v, r.getMerchantTradeNo(), orNew);
        Optional<UserId> user = v.check(() -> new UserId(r.getUserId()));
        Optional<Asset> asset = v.check(() -> assets.asset("cryptoCurrency", r.getCryptoCurrency()));
        Optional<CryptoAddress> address = v.check(() -> Network.of(r.getNetwork()))
                .flatMap(network -> v.check(() -> new CryptoAddress(network, r.getToAddress())));
        Optional<CryptoPayoutAmounts> amounts = asset.flatMap(a -> v.check(() ->
                CryptoPayoutAmounts.of(r.getTotalAmount(), r.getReceivedAmount(), a)));
        Optional<OrderUrls> urls = urls(v, r.getCallbackUrl(), null, null);
        v.throwIfAny();
        var order = NewOrder.cryptoPayout(tradeNo, user.orElseThrow(), address.orElseThrow(), amounts.orElseThrow());
        return new OrderCall(tradeNo, () -> useCase.requestCryptoPayout(order, urls.orElseThrow()));
    }

    OrderCall pixPayout(CreatePixPayoutRequest r, Optional<MerchantTradeNo> orNew, RequestPixPayoutUseCase useCase) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = tradeNo(v, r.getMerchantTradeNo(), orNew);
        Optional<UserId> user = v.check(() -> new UserId(r.getUserId()));
        PixAccountType accountType = PixAccountType.valueOf(r.getAccountType().name());
        Optional<PixPayoutTerms> terms = v.check(() -> PixPayoutTerms.of(r.getAmount(), r.getCurrency(),
                r.getCountry(), accountType, r.getToAccount()));
        Optional<OrderUrls> urls = urls(v, r.getCallbackUrl(), r.getSuccessUrl(), r.getFailUrl());
        v.throwIfAny();
        var order = NewOrder.pixPayout(tradeNo, user.orElseThrow(), terms.orElseThrow());
        return new OrderCall(tradeNo,
                () -> useCase.requestPixPayout(order, urls.orElseThrow(), Optional.ofNullable(r.getRemark())));
    }

    OrderCall exchange(CreateExchangeRequest r, Optional<MerchantTradeNo> orNew, ExchangeUseCase useCase) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = tradeNo(v, r.getMerchantTradeNo(), orNew);
        Optional<UserId> user = v.check(() -> new UserId(r.getUserId()));
        Optional<Money> source = v.check(() -> assets.asset("sourceCurrency", r.getSourceCurrency()))
                .flatMap(asset -> v.check(() -> Money.parse("sourceAmount", r.getSourceAmount(), asset)));
        Optional<Asset> target = v.check(() -> assets.asset("targetCurrency", r.getTargetCurrency()));
        v.throwIfAny();
        var order = NewOrder.exchange(tradeNo, user.orElseThrow(), source.orElseThrow(), target.orElseThrow());
        return new OrderCall(tradeNo, () -> useCase.exchange(order));
    }

    SubmitKycBatchUseCase.Command kycBatch(SubmitKycBatchRequest r) {
        List<com.cpay.platform.domain.kyc.KycUser> users = new ArrayList<>();
        for (KycUser u : r.getUsers()) {
            users.add(new com.cpay.platform.domain.kyc.KycUser(u.getUserId(), u.getFirstName(), u.getMiddleName(),
                    u.getLastName(), u.getBirthday(), u.getGender() == null ? null : Gender.valueOf(u.getGender().name()),
                    u.getCountry(), u.getIddCode(), u.getPersonalCode(), u.getCertificateDateStart(),
                    u.getCertificateDateEnd(), u.getIdCardUrls(), u.getDocumentUrls(), u.getEmail(), u.getMobile()));
        }
        return new SubmitKycBatchUseCase.Command(users);
    }

    ResubmitOrderUseCase.Command resubmit(String merchantTradeNo, ResubmitRequest r) {
        Violations v = new Violations();
        Optional<MerchantTradeNo> tradeNo = v.check(() -> MerchantTradeNo.of(MerchantTradeNo.FIELD, merchantTradeNo));
        Optional<String> reason = v.check(() -> Checks.text("reason", r.getReason(),
                ResubmitOrderUseCase.MAX_REASON_LENGTH));
        Optional<OrderUrls> urls = urls(v, r.getCallbackUrl(), null, null);
        v.throwIfAny();
        return new ResubmitOrderUseCase.Command(tradeNo.orElseThrow(), reason.orElseThrow(), urls.orElseThrow());
    }

    /** The caller's merchantTradeNo, checked; without one, {@code orNew} (the number claimed with the key). */
    private static Optional<MerchantTradeNo> tradeNo(Violations v, String text, Optional<MerchantTradeNo> orNew) {
        return text == null ? orNew : v.check(() -> new MerchantTradeNo(text));
    }

    private Optional<OrderUrls> urls(Violations v, URI callback, URI success, URI fail) {
        Optional<URI> callbackUrl = urlPolicy.check(v, "callbackUrl", callback);
        Optional<URI> successUrl = urlPolicy.check(v, "successUrl", success);
        Optional<URI> failUrl = urlPolicy.check(v, "failUrl", fail);
        return v.check(() -> new OrderUrls(callbackUrl, successUrl, failUrl));
    }

    private static List<ProductLine> products(Violations v,
                                              List<com.cpay.platform.app.generated.model.ProductLine> lines) {
        List<ProductLine> products = new ArrayList<>();
        if (lines == null) {
            return products;
        }
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            Violations item = new Violations();
            var price = item.check(() -> DecimalText.parse("price", line.getPrice(), false));
            price.flatMap(p -> item.check(() -> new ProductLine(line.getName(), p,
                    line.getNum() == null ? 0 : line.getNum(), line.getCurrency()))).ifPresent(products::add);
            String prefix = "products[" + i + "].";
            for (Violation found : item.list()) {
                String field = "quantity".equals(found.field()) ? "num" : found.field();
                v.add(prefix + field, found.rule(), found.message().replace("quantity", "num"));
            }
        }
        return products;
    }
}

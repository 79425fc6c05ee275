package com.cpay.platform.app.api;

import com.cpay.platform.app.generated.api.BalancesApi;
import com.cpay.platform.app.generated.api.DepositAddressesApi;
import com.cpay.platform.app.generated.api.QuotesApi;
import com.cpay.platform.app.generated.model.BalanceList;
import com.cpay.platform.app.generated.model.DepositAddressList;
import com.cpay.platform.app.generated.model.PurchaseType;
import com.cpay.platform.app.generated.model.Quote;
import com.cpay.platform.app.generated.model.QuoteChannel;
import com.cpay.platform.domain.money.Asset;
import com.cpay.platform.domain.money.AssetCatalog;
import com.cpay.platform.domain.money.Money;
import com.cpay.platform.domain.account.GetBalancesUseCase;
import com.cpay.platform.domain.deposit.GetDepositAddressesUseCase;
import com.cpay.platform.domain.quote.QuoteUseCase;
import com.cpay.platform.domain.shared.UserId;
import com.cpay.platform.domain.shared.Violations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * What C-Pay says now, nothing recorded: quotes ({@link QuoteUseCase}), balances ({@link GetBalancesUseCase}) and
 * deposit addresses ({@link GetDepositAddressesUseCase}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class QueriesController implements QuotesApi, BalancesApi, DepositAddressesApi {

    private final QuoteUseCase quote;
    private final GetBalancesUseCase balances;
    private final GetDepositAddressesUseCase addresses;
    private final AssetCatalog assets;

    QueriesController(QuoteUseCase quote, GetBalancesUseCase balances, GetDepositAddressesUseCase addresses,
                      AssetCatalog assets) {
        this.quote = quote;
        this.balances = balances;
        this.addresses = addresses;
        this.assets = assets;
    }

    @Override
    public HttpResponse<Quote> getQuote(String sourceCurrency, String targetCurrency, PurchaseType purchaseType,
                                        String amount, QuoteChannel channel) {
        Violations v = new Violations();
        Optional<Asset> source = v.check(() -> assets.asset("sourceCurrency", sourceCurrency));
        Optional<Asset> target = v.check(() -> assets.asset("targetCurrency", targetCurrency));
        v.throwIfAny();
        var type = purchaseType(purchaseType);
        Asset named = type == com.cpay.platform.domain.quote.model.PurchaseType.BY_SOURCE_AMOUNT ? source.get()
                : target.get();
        Money money = Money.parse("amount", amount, named);
        var command = new QuoteUseCase.Command(source.get(), target.get(), type, money,
                channel(channel == null ? QuoteChannel.CRYPTO : channel));
        return HttpResponse.ok(Views.quote(quote.quote(command)));
    }

    /**
     * The generated enum drops the common {@code BY_} prefix of the API's values ({@code SOURCE_AMOUNT} is
     * {@code "BY_SOURCE_AMOUNT"}), so constants are mapped one by one, never by name; a constant added to the API
     * description fails to compile here until it is mapped. Values outside the enumeration never get here: the
     * binding answers 400 naming {@code purchaseType}.
     */
    private static com.cpay.platform.domain.quote.model.PurchaseType purchaseType(PurchaseType type) {
        return switch (type) {
            case SOURCE_AMOUNT -> com.cpay.platform.domain.quote.model.PurchaseType.BY_SOURCE_AMOUNT;
            case TARGET_AMOUNT -> com.cpay.platform.domain.quote.model.PurchaseType.BY_TARGET_AMOUNT;
        };
    }

    /** CRYPTO asks C-Pay getExchangeRate (s.7), CARD getExchangeRateForCreditCard (s.8). */
    private static com.cpay.platform.domain.quote.model.QuoteChannel channel(QuoteChannel channel) {
        return switch (channel) {
            case CRYPTO -> com.cpay.platform.domain.quote.model.QuoteChannel.CRYPTO;
            case CARD -> com.cpay.platform.domain.quote.model.QuoteChannel.CARD;
        };
    }

    @Override
    public HttpResponse<BalanceList> listBalances() {
        return HttpResponse.ok(Views.balances(balances.getBalances()));
    }

    @Override
    public HttpResponse<DepositAddressList> listDepositAddresses(String userId, String currency) {
        Violations v = new Violations();
        Optional<UserId> user = v.check(() -> UserId.of("userId", userId));
        Optional<Asset> asset = currency == null ? Optional.empty()
                : v.check(() -> assets.asset("currency", currency));
        v.throwIfAny();
        return HttpResponse.ok(Views.addresses(addresses.getDepositAddresses(
                new GetDepositAddressesUseCase.Query(user.orElseThrow(), asset))));
    }
}

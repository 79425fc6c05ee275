package com.cpay.platform.client.internal;

import com.cpay.platform.client.internal.api.BalancesApi;
import com.cpay.platform.client.internal.api.DepositsApi;
import com.cpay.platform.client.internal.api.EventsApi;
import com.cpay.platform.client.internal.api.OrdersApi;
import com.cpay.platform.client.internal.api.PayoutsApi;
import com.cpay.platform.client.internal.invoker.ApiClient;
import com.cpay.platform.client.internal.invoker.ApiException;
import com.cpay.platform.client.internal.model.BalanceList;
import com.cpay.platform.client.internal.model.CreateCryptoPayoutRequest;
import com.cpay.platform.client.internal.model.CreateDepositRequest;
import com.cpay.platform.client.internal.model.CreatePixPayoutRequest;
import com.cpay.platform.client.internal.model.EventType;
import com.cpay.platform.client.internal.model.Order;
import com.cpay.platform.client.internal.model.OrderPage;
import com.cpay.platform.client.internal.model.PixAccountType;
import com.cpay.platform.client.internal.model.Problem;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A hand-written client of the platform's internal API over the generated one, doing what every caller would
 * otherwise do by hand:
 * <ul>
 *   <li>one Idempotency-Key per logical call, sent again by every retry of that call (an overload takes the caller's
 *       own key, e.g. the one a failed call's exception carried);</li>
 *   <li>retries with backoff ({@link RetryPolicy}): a GET after no answer, a timeout or a 500/502/503/504; a POST only
 *       after no answer or a timeout, or a 409 "key in use", and always with the same key, so that the server
 *       returns the first attempt's result instead of doing it twice; a POST answered 5xx is not retried;</li>
 *   <li>amounts as {@link BigDecimal}, sent as the exact decimal text;</li>
 *   <li>failures as unchecked {@link CpayApiException}s by kind, carrying the problem+json body;</li>
 *   <li>a status, kind or event type the server added after this client was built reads as
 *       {@code UNKNOWN_DEFAULT_OPEN_API} instead of failing the answer;</li>
 *   <li>{@link OrderQuery} for the order list and {@link EventFeed} for the events.</li>
 * </ul>
 * Thread-safe. The generated API classes stay available through {@link InternalApiClients} for operations this facade
 * does not cover (card payments, exchanges, quotes, KYC, resubmit).
 */
public final class CpayPlatformClient {

    private static final String KEY_IN_USE = "urn:cpay-platform:problem:idempotency-key-in-use";

    private final ApiClient client;
    private final DepositsApi deposits;
    private final PayoutsApi payouts;
    private final OrdersApi orders;
    private final EventsApi events;
    private final BalancesApi balances;
    private final RetryPolicy retries;
    private final Supplier<String> keys;

    private CpayPlatformClient(Builder builder) {
        this.client = InternalApiClients.create(builder.baseUri, builder.bearerToken, builder.timeout);
        this.deposits = new DepositsApi(client);
        this.payouts = new PayoutsApi(client);
        this.orders = new OrdersApi(client);
        this.events = new EventsApi(client);
        this.balances = new BalancesApi(client);
        this.retries = builder.retries;
        this.keys = builder.keys;
    }

    /** A client of the API at {@code baseUri} (e.g. http://localhost:8080) sending this bearer token. */
    public static Builder builder(URI baseUri, String bearerToken) {
        return new Builder(baseUri, bearerToken);
    }

    // --- money in and out (POST: one key per call)

    /**
     * A crypto deposit of {@code amount} for the user; other fields (merchantTradeNo, URLs, extInfo, metadata) in
     * {@code options}.
     */
    public Order createDeposit(String userId, String cryptoCurrency, BigDecimal amount, Consumer<CreateDepositRequest> options) {
        return createDeposit(userId, cryptoCurrency, amount, options, keys.get());
    }

    public Order createDeposit(String userId, String cryptoCurrency, BigDecimal amount, Consumer<CreateDepositRequest> options,
                               String idempotencyKey) {
        // the generated models start metadata as an empty map, which they would send: none unless options set some
        CreateDepositRequest body = new CreateDepositRequest().metadata(null).userId(userId)
                .cryptoCurrency(cryptoCurrency).amount(text(amount));
        options.accept(body);
        return post("createDeposit", idempotencyKey, key -> deposits.createDeposit(key, body));
    }

    /** A crypto payout: {@code totalAmount} leaves the balance, {@code receivedAmount} reaches the address. */
    public Order createCryptoPayout(String userId, String cryptoCurrency, String network, String toAddress,
                                    BigDecimal totalAmount, BigDecimal receivedAmount,
                                    Consumer<CreateCryptoPayoutRequest> options) {
        return createCryptoPayout(userId, cryptoCurrency, network, toAddress, totalAmount, receivedAmount, options, keys.get());
    }

    public Order createCryptoPayout(String userId, String cryptoCurrency, String network, String toAddress,
                                    BigDecimal totalAmount, BigDecimal receivedAmount,
                                    Consumer<CreateCryptoPayoutRequest> options, String idempotencyKey) {
        CreateCryptoPayoutRequest body = new CreateCryptoPayoutRequest().metadata(null).userId(userId)
                .cryptoCurrency(cryptoCurrency)
                .network(network).toAddress(toAddress).totalAmount(text(totalAmount)).receivedAmount(text(receivedAmount));
        options.accept(body);
        return post("createCryptoPayout", idempotencyKey, key -> payouts.createCryptoPayout(key, body));
    }

    /** A PIX payout in BRL (country BRA) of {@code amount} to the key {@code toAccount}. */
    public Order createPixPayout(String userId, BigDecimal amount, PixAccountType accountType, String toAccount,
                                 Consumer<CreatePixPayoutRequest> options) {
        return createPixPayout(userId, amount, accountType, toAccount, options, keys.get());
    }

    public Order createPixPayout(String userId, BigDecimal amount, PixAccountType accountType, String toAccount,
                                 Consumer<CreatePixPayoutRequest> options, String idempotencyKey) {
        CreatePixPayoutRequest body = new CreatePixPayoutRequest().metadata(null).userId(userId).amount(text(amount))
                .currency("BRL")
                .country("BRA").accountType(accountType).toAccount(toAccount);
        options.accept(body);
        return post("createPixPayout", idempotencyKey, key -> payouts.createPixPayout(key, body));
    }

    // --- orders

    public Order getOrder(String merchantTradeNo) {
        return get("getOrder", () -> orders.getOrder(merchantTradeNo));
    }

    /** Asks C-Pay about the order now and applies the answer; each call is a new question (a new key). */
    public Order refreshOrder(String merchantTradeNo) {
        return post("refreshOrder", keys.get(), key -> orders.refreshOrder(merchantTradeNo, key));
    }

    /** One page of orders; its {@code nextCursor}, when set, goes into {@code query.cursor(...)} for the next. */
    public OrderPage listOrders(OrderQuery query) {
        return get("listOrders", () -> orders.listOrders(query.status(), query.kind(), query.userId(), query.createdFrom(),
                query.createdTo(), query.needsReview(), query.updatedSince(), query.cpayOrderId(), query.hash(),
                query.cursor(), query.limit()));
    }

    /** Every order the query matches, fetching the pages as the stream is read. */
    public Stream<Order> streamOrders(OrderQuery query) {
        Iterator<Order> all = new Iterator<>() {
            private Iterator<Order> page = List.<Order>of().iterator();
            private String cursor = query.cursor();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    OrderPage next = listOrders(query.cursor(cursor));
                    page = next.getItems().iterator();
                    cursor = next.getNextCursor();
                    last = cursor == null || next.getItems().isEmpty();
                }
                return page.hasNext();
            }

            @Override
            public Order next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    // --- events and balances

    /**
     * The events after {@code after} (a cursor from {@link EventFeed#cursor()}, or null for the oldest kept), of these
     * types (none: all), oldest first.
     */
    public EventFeed events(String after, EventType... types) {
        List<EventType> wanted = types.length == 0 ? null : List.of(types);
        return new EventFeed(after, cursor -> get("listEvents", () -> events.listEvents(cursor, wanted, null)));
    }

    public BalanceList balances() {
        return get("listBalances", balances::listBalances);
    }

    // --- the retry loop

    @FunctionalInterface
    private interface Call<T> {
        T run() throws ApiException;
    }

    @FunctionalInterface
    private interface KeyedCall<T> {
        T run(String idempotencyKey) throws ApiException;
    }

    private <T> T get(String operation, Call<T> call) {
        return attempt(operation, null, call);
    }

    private <T> T post(String operation, String idempotencyKey, KeyedCall<T> call) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return attempt(operation, idempotencyKey, () -> call.run(idempotencyKey));
    }

    private <T> T attempt(String operation, String idempotencyKey, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (ApiException failure) {
                if (failure.getCause() instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw failed(operation, idempotencyKey, attempt, failure);
                }
                Problem problem = InternalApiClients.problem(client, failure).orElse(null);
                if (attempt >= retries.maxAttempts() || !retryable(idempotencyKey != null, failure.getCode(), problem)) {
                    throw failed(operation, idempotencyKey, attempt, failure);
                }
                pause(retries.pauseBefore(attempt + 1), operation, idempotencyKey, attempt, failure);
            }
        }
    }

    // A POST is retried only where the server has not finished with the key: no answer (it may be running or done;
    // the same key makes the retry return the first result) or "key in use". A GET changes nothing.
    private static boolean retryable(boolean post, int status, Problem problem) {
        if (status == 0) {
            return true;
        }
        if (post) {
            return status == 409 && problem != null && KEY_IN_USE.equals(problem.getType());
        }
        return status == 500 || status == 502 || status == 503 || status == 504;
    }

    private CpayApiException failed(String operation, String idempotencyKey, int attempts, ApiException failure) {
        Problem problem = InternalApiClients.problem(client, failure).orElse(null);
        return CpayApiException.of(new CpayApiException.Failure(operation, failure.getCode(), problem,
                failure.getResponseBody(), idempotencyKey, attempts, failure));
    }

    private void pause(Duration pause, String operation, String idempotencyKey, int attempt, ApiException failure) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(operation, idempotencyKey, attempt, failure);
        }
    }

    private static String text(BigDecimal amount) {
        return Objects.requireNonNull(amount, "amount").toPlainString();
    }

    /** Settings of a {@link CpayPlatformClient}. */
    public static final class Builder {

        private final URI baseUri;
        private final String bearerToken;
        private Duration timeout = InternalApiClients.DEFAULT_TIMEOUT;
        private RetryPolicy retries = RetryPolicy.DEFAULT;
        private Supplier<String> keys = () -> UUID.randomUUID().toString();

        private Builder(URI baseUri, String bearerToken) {
            this.baseUri = baseUri;
            this.bearerToken = bearerToken;
        }

        /** Connect and request timeout of each attempt (default 30 s). */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value);
            return this;
        }

        public Builder retries(RetryPolicy value) {
            this.retries = Objects.requireNonNull(value);
            return this;
        }

        /** Where the keys of calls made without one come from (default: random UUIDs). */
        public Builder idempotencyKeys(Supplier<String> value) {
            this.keys = Objects.requireNonNull(value);
            return this;
        }

        public CpayPlatformClient build() {
            return new CpayPlatformClient(this);
        }
    }
}

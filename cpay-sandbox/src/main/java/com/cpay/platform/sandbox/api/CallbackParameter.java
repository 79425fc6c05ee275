package com.cpay.platform.sandbox.api;

import com.cpay.platform.sandbox.rules.Rejection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order's callback URL, under either spelling (docs/decisions.md, decision 4): the document spells it
 * {@code callbackURL} for withdraw and pwpp and {@code callBackURL} for createFiatPayoutOrder and
 * createOrderByCreditCard, and createOrder's table and example disagree, so the simulator takes either on every
 * operation that has one, read from the parameters as received (the generated interface binds only the spec's
 * spelling), and reports which one it got. Both spellings with different URLs are refused: no one can tell which
 * the gateway would call.
 */
final class CallbackParameter {

    static final String LOWER_B = "callbackURL";
    static final String UPPER_B = "callBackURL";
    private static final int MAX_LENGTH = 256;

    private CallbackParameter() {
    }

    /**
     * The URL sent under either spelling ({@code bound}, the spec's spelling as the framework bound it, when the
     * request's parameters are not at hand), recording the spelling on the exchange.
     * @throws Rejection when both spellings carry different URLs, or the URL is longer than 256 characters
     */
    static String read(String bound) {
        Optional<Exchange> current = Exchange.current();
        if (current.isEmpty()) {
            return bound;
        }
        Exchange exchange = current.get();
        List<String> given = new ArrayList<>();
        String url = null;
        for (String name : List.of(LOWER_B, UPPER_B)) {
            String value = exchange.parameters.get(name);
            if (value != null && !value.isEmpty()) {
                if (url != null && !url.equals(value)) {
                    throw new Rejection(LOWER_B + " and " + UPPER_B + " are both given with different URLs; send one");
                }
                if (value.length() > MAX_LENGTH) {
                    throw new Rejection(name + ": size must be between 0 and " + MAX_LENGTH);
                }
                given.add(name);
                url = value;
            }
        }
        exchange.callbackParameter = given.isEmpty() ? null : String.join(",", given);
        return url;
    }
}

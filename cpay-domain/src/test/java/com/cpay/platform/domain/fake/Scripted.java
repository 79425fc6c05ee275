package com.cpay.platform.domain.fake;

import com.cpay.platform.domain.shared.GatewayRejectedException;
import com.cpay.platform.domain.shared.GatewayUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One scriptable gateway operation: it records every request and then answers, rejects (C-Pay
 * {@code code != 0}) or is unavailable, as the test told it. Until told, it answers with its default.
 * Thread-safe.
 *
 * @param <Q> the request type
 * @param <A> the answer type
 */
public final class Scripted<Q, A> {

    private final String operation;
    private final Function<Q, A> defaultAnswer;
    private final AtomicReference<Function<Q, A>> behaviour;
    private final List<Q> requests = new CopyOnWriteArrayList<>();

    Scripted(String operation, Function<Q, A> defaultAnswer) {
        this.operation = operation;
        this.defaultAnswer = Objects.requireNonNull(defaultAnswer, "defaultAnswer");
        this.behaviour = new AtomicReference<>(defaultAnswer);
    }

    /** Answers every request with this value. */
    public Scripted<Q, A> answers(A answer) {
        return answersWith(request -> answer);
    }

    /** Answers every request with what the function makes of it. */
    public Scripted<Q, A> answersWith(Function<Q, A> answer) {
        behaviour.set(Objects.requireNonNull(answer, "answer"));
        return this;
    }

    /** Refuses every request the way C-Pay does: {@code code}, {@code msg}, a trace id. */
    public Scripted<Q, A> rejects(long code, String msg) {
        return answersWith(request -> {
            throw new GatewayRejectedException(code, msg, "trace-" + operation);
        });
    }

    /** Times out on every request: C-Pay may have acted. */
    public Scripted<Q, A> timesOut() {
        return answersWith(request -> {
            throw GatewayUnavailableException.timeout(operation, null);
        });
    }

    /** Cannot connect: the request never reached C-Pay. */
    public Scripted<Q, A> cannotConnect() {
        return answersWith(request -> {
            throw GatewayUnavailableException.notConnected(operation, null);
        });
    }

    /** Back to the default answer. */
    public Scripted<Q, A> reset() {
        behaviour.set(defaultAnswer);
        return this;
    }

    /** Runs the operation as a gateway would. */
    public A call(Q request) {
        requests.add(request);
        return behaviour.get().apply(request);
    }

    /** Every request received, in order. */
    public List<Q> requests() {
        return List.copyOf(requests);
    }

    /** The last request received; fails when there was none. */
    public Q lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError(operation + " was never called");
        }
        return requests.get(requests.size() - 1);
    }

    public int calls() {
        return requests.size();
    }
}

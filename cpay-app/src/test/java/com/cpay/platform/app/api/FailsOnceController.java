package com.cpay.platform.app.api;

import com.cpay.platform.app.idempotency.IdempotentCalls;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test classpath only, and only in an app started with {@value #ENABLED}=true: a POST under the API whose first
 * call fails inside {@link IdempotentCalls} with an unexpected error (500), as a bug in a controller would.
 */
@Controller
@Requires(property = FailsOnceController.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class FailsOnceController {

    static final String ENABLED = "cpay.test.fails-once-endpoint";
    static final String PATH = "/api/v1/test-only/fails-once";

    private final IdempotentCalls calls;
    private final AtomicInteger runs = new AtomicInteger();

    FailsOnceController(IdempotentCalls calls) {
        this.calls = calls;
    }

    @Post(PATH)
    HttpResponse<?> post(HttpRequest<?> request, @Header("Idempotency-Key") String key,
                         @Body Map<String, Object> body) {
        return calls.run(request, key, body, () -> {
            int run = runs.incrementAndGet();
            if (run == 1) {
                throw new IllegalStateException("the first run fails");
            }
            return calls.json(HttpStatus.OK, Map.of("run", run));
        });
    }
}

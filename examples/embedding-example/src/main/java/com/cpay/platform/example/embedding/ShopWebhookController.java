package com.cpay.platform.example.embedding;

import com.cpay.platform.domain.notification.HandleCpayNotificationUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Optional;

/**
 * The shop's endpoint for C-Pay's notifications (section 15): the use case verifies, stores and applies each one in
 * one transaction; C-Pay is answered {@code OK} only then, so that anything else is delivered again.
 */
@Controller("/cpay/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ShopWebhookController {

    private final HandleCpayNotificationUseCase notifications;

    public ShopWebhookController(HandleCpayNotificationUseCase notifications) {
        this.notifications = notifications;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.TEXT_PLAIN)
    public HttpResponse<String> receive(HttpRequest<?> request, @Body @Nullable byte[] body) {
        var result = notifications.handle(new HandleCpayNotificationUseCase.Command(body == null ? new byte[0] : body,
                Optional.ofNullable(request.getHeaders().get(HttpHeaders.CONTENT_TYPE)),
                request.getRemoteAddress().getAddress().getHostAddress()));
        return result.acknowledge() ? HttpResponse.ok("OK") : HttpResponse.<String>status(HttpStatus.BAD_REQUEST).body("FAIL");
    }
}

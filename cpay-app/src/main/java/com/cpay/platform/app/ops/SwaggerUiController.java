package com.cpay.platform.app.ops;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.net.URI;

/** {@code /swagger-ui} (with or without the final slash) leads to the page (static resource, webjar assets). */
@Controller
public class SwaggerUiController {

    private static final URI PAGE = URI.create("/swagger-ui/index.html");

    @Get("/swagger-ui")
    public HttpResponse<?> bare() {
        return HttpResponse.seeOther(PAGE);
    }
}

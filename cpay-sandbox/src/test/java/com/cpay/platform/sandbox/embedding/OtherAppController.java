package com.cpay.platform.sandbox.embedding;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

/** A route of "another application" that embeds the simulator. */
@Controller("/other")
@Requires(property = "test.other-app", value = "true")
class OtherAppController {

    @Get("/square")
    String square(@QueryValue int n) {
        return Integer.toString(n * n);
    }
}

package com.cpay.platform.app.ops;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The OpenAPI documents, as written (from the cpay-spec jar): {@code /specs/internal-api.yaml} (this API),
 * {@code /specs/cpay-merchant-api.yaml} (C-Pay's API) and {@code /specs/cpay-webhook.yaml}. Swagger UI at
 * {@code /swagger-ui/} shows them. Only these three names are served.
 */
@Controller("/specs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SpecsController {

    private static final Set<String> DOCUMENTS = Set.of("internal-api.yaml", "cpay-merchant-api.yaml",
            "cpay-webhook.yaml");
    private static final MediaType YAML = MediaType.of("application/yaml");

    @Get("/{name}")
    public HttpResponse<byte[]> document(@PathVariable String name) {
        if (!DOCUMENTS.contains(name)) {
            return HttpResponse.notFound();
        }
        try (InputStream in = SpecsController.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(in.readAllBytes()).contentType(YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

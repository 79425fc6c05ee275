package com.cpay.platform.adapter.http.gateway;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/**
 * Keeps C-Pay's error bodies out of exception messages. Micronaut puts the body of an HTTP 4xx/5xx answer in its
 * exception message and its client advice logs that message at DEBUG; an error page may echo the request, card
 * data included. Every error answer of the {@code cpay} client is therefore replaced by an
 * {@link ErrorStatusException} that holds only the status and content type.
 */
@ClientFilter(serviceId = "cpay")
final class ErrorAnswerFilter {

    @ResponseFilter
    void withoutErrorBodies(@Nullable HttpResponse<?> response, @Nullable Throwable failure) {
        if (failure instanceof HttpClientResponseException error) {
            throw ErrorStatusException.of(error.getResponse());
        }
        if (response != null && response.code() >= 400) {
            throw ErrorStatusException.of(response);
        }
    }

    /** An HTTP error answer without its body. */
    static final class ErrorStatusException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final String contentType;

        private ErrorStatusException(int status, String contentType) {
            super("HTTP " + status + " (content type " + contentType + ")", null, false, false);
            this.status = status;
            this.contentType = contentType;
        }

        static ErrorStatusException of(HttpResponse<?> response) {
            return new ErrorStatusException(response.code(),
                    response.getContentType().map(MediaType::toString).orElse("none"));
        }

        int status() {
            return status;
        }

        String contentType() {
            return contentType;
        }
    }
}

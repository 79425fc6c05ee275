package com.cpay.platform.app.coverage;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Test classpath only: marks every request of an app's C-Pay client ({@code serviceId = "cpay"}) with
 * {@link #HEADER}, so that {@link ServedRoutesRecorder} on the server that receives it (an embedded simulator) can
 * tell the app's calls from a test's own. C-Pay signs parameters, not headers: the mark changes nothing else.
 */
@ClientFilter(serviceId = "cpay")
public class CpayCallMarker {

    public static final String HEADER = "X-Test-Api-Coverage";
    public static final String APP = "cpay-app";

    @RequestFilter
    public void mark(MutableHttpRequest<?> request) {
        request.header(HEADER, APP);
    }
}

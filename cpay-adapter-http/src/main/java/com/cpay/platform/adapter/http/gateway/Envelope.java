package com.cpay.platform.adapter.http.gateway;

/**
 * C-Pay's answer envelope {@code {code, msg, data, traceid}} read from any generated response type, which
 * share no supertype.
 */
record Envelope<D>(Long code, String msg, String traceid, D data) {

    boolean isSuccess() {
        return code != null && code == 0L;
    }
}

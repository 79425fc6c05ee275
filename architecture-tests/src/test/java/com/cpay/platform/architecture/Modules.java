package com.cpay.platform.architecture;

/** Package roots of the modules, named once so every rule speaks of the same places. */
final class Modules {

    static final String ROOT = "com.cpay.platform";
    static final String DOMAIN = "com.cpay.platform.domain..";
    static final String ADAPTER_HTTP = "com.cpay.platform.adapter.http..";
    static final String ADAPTER_HTTP_GENERATED = "com.cpay.platform.adapter.http.generated..";
    static final String ADAPTER_PERSISTENCE = "com.cpay.platform.adapter.persistence..";
    static final String ADAPTER_KAFKA = "com.cpay.platform.adapter.kafka..";
    static final String SANDBOX = "com.cpay.platform.sandbox..";
    static final String SANDBOX_GENERATED = "com.cpay.platform.sandbox.generated..";
    static final String APP = "com.cpay.platform.app..";
    static final String STARTER = "com.cpay.platform.starter..";
    static final String INTERNAL_CLIENT = "com.cpay.platform.client.internal..";
    static final String EXAMPLE = "com.cpay.platform.example..";
    static final String ADAPTERS = "com.cpay.platform.adapter..";

    private Modules() {
    }
}

package com.cpay.platform.sandbox.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link CpaySandbox}: reads the annotation, then behaves as a {@link CpaySandboxServer} with
 * those settings, kept in the class's extension store (nested classes use their outer class's simulator).
 */
public final class CpaySandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CpaySandboxExtension.class);
    private static final String SERVER = "server";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getStore(NAMESPACE).get(SERVER, CpaySandboxServer.class) != null) { // an outer class started it
            return;
        }
        CpaySandbox settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CpaySandbox.class)
                .orElseThrow(() -> new ExtensionConfigurationException(
                        "CpaySandboxExtension needs @CpaySandbox on the test class, or use @RegisterExtension CpaySandboxServer"));
        CpaySandboxServer server = fromAnnotation(settings);
        server.beforeAll(context);
        context.getStore(NAMESPACE).put(SERVER, server);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server(context).afterAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server(context).beforeEach(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CpaySandboxHandle.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static CpaySandboxServer server(ExtensionContext context) {
        CpaySandboxServer server = context.getStore(NAMESPACE).get(SERVER, CpaySandboxServer.class);
        if (server == null) {
            throw new ExtensionConfigurationException("the C-Pay sandbox is not started: @CpaySandbox belongs on the test class");
        }
        return server;
    }

    static CpaySandboxServer fromAnnotation(CpaySandbox settings) {
        CpaySandboxServer.Builder builder = CpaySandboxServer.builder()
                .scope(settings.scope())
                .fastLifecycle(settings.fastLifecycle())
                .resetBeforeEach(settings.resetBeforeEach());
        for (String property : settings.properties()) {
            int equals = property.indexOf('=');
            if (equals <= 0) {
                throw new ExtensionConfigurationException("@CpaySandbox(properties): expected key=value, got \"" + property + "\"");
            }
            builder.property(property.substring(0, equals).trim(), property.substring(equals + 1).trim());
        }
        return builder.build();
    }
}

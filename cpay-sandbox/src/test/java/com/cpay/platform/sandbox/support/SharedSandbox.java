package com.cpay.platform.sandbox.support;

import com.cpay.platform.sandbox.SandboxServer;

/**
 * One simulator for the whole test run (starting a server costs seconds on a busy machine). Each test class
 * resets it through the control API before use; surefire runs classes one after another in one JVM.
 */
public final class SharedSandbox {

    private static SandboxServer server;

    private SharedSandbox() {
    }

    public static synchronized SandboxServer get() {
        if (server == null) {
            server = SandboxServer.start(SandboxServer.FAST);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        server.control().reset();
        return server;
    }
}

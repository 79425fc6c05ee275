package com.cpay.platform.app.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;

import java.util.Set;

/**
 * Lets the app under fuzzing open connections on loopback only: the test talks to it over HTTP and, in sandbox mode,
 * it talks to its embedded C-Pay simulator and checks that simulator's reachability. Jazzer's SSRF detector would
 * report those as findings; a connection anywhere else still is one. The policy is Jazzer's, so it can only be set
 * once its agent runs, i.e. from within a fuzz test (not from {@code @BeforeAll}); it holds for the whole JVM.
 */
final class LoopbackOnly {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
    private static SilentCloseable policy;

    private LoopbackOnly() {
    }

    /** Sets the policy, if it is not set yet. */
    static synchronized void allow() {
        if (policy == null) {
            policy = BugDetectors.allowNetworkConnections((host, port) -> LOOPBACK.contains(host));
        }
    }

    /** Back to Jazzer's default: no connections. */
    static synchronized void end() {
        if (policy != null) {
            policy.close();
            policy = null;
        }
    }
}

package com.cpay.platform.sandbox.junit;

import org.junit.jupiter.api.Test;

@CpaySandbox(scope = CpaySandbox.Scope.PER_JVM, properties = "cpay.sandbox.merchant-id=20003092")
class PerJvmScopeFirstTest {

    @Test
    void uses_the_simulator_of_the_jvm(CpaySandboxHandle cpay) {
        PerJvmScope.sameAsEveryOther(cpay);
    }
}

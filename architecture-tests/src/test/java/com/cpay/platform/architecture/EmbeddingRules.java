package com.cpay.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.cpay.platform.architecture.Modules.ADAPTERS;
import static com.cpay.platform.architecture.Modules.APP;
import static com.cpay.platform.architecture.Modules.DOMAIN;
import static com.cpay.platform.architecture.Modules.EXAMPLE;
import static com.cpay.platform.architecture.Modules.INTERNAL_CLIENT;
import static com.cpay.platform.architecture.Modules.SANDBOX;
import static com.cpay.platform.architecture.Modules.STARTER;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The three ways the platform is used (embedded, over HTTP, in CI) each see only what they are meant to. */
@AnalyzeClasses(packages = Modules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class EmbeddingRules {

    @ArchTest
    static final ArchRule the_starter_wires_the_domain_to_adapters_and_nothing_else = noClasses()
            .that().resideInAPackage(STARTER)
            .should().dependOnClassesThat().resideInAnyPackage(APP, SANDBOX, INTERNAL_CLIENT, EXAMPLE)
            .because("an embedding service gets the use cases without the app or the simulator");

    @ArchTest
    static final ArchRule an_embedding_service_uses_the_domain_and_the_starter_only = noClasses()
            .that().resideInAPackage(EXAMPLE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, APP, SANDBOX, INTERNAL_CLIENT)
            .because("the example shows what an embedding service may rely on: use cases and values, wired by "
                    + "cpay-starter; adapters are replaceable beans behind the domain's ports");

    @ArchTest
    static final ArchRule the_internal_client_speaks_http_only = noClasses()
            .that().resideInAPackage(INTERNAL_CLIENT)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, ADAPTERS, APP, SANDBOX, STARTER)
            .because("internal callers know our REST API, not our classes");

    @ArchTest
    static final ArchRule nothing_else_depends_on_the_app_or_the_example = noClasses()
            .that().resideOutsideOfPackages(APP, EXAMPLE)
            .should().dependOnClassesThat().resideInAnyPackage(APP, EXAMPLE);
}

package com.cpay.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.aop.InterceptorBinding;

import static com.cpay.platform.architecture.Modules.ADAPTER_HTTP;
import static com.cpay.platform.architecture.Modules.ADAPTER_HTTP_GENERATED;
import static com.cpay.platform.architecture.Modules.ADAPTER_KAFKA;
import static com.cpay.platform.architecture.Modules.ADAPTER_PERSISTENCE;
import static com.cpay.platform.architecture.Modules.ADAPTERS;
import static com.cpay.platform.architecture.Modules.APP;
import static com.cpay.platform.architecture.Modules.DOMAIN;
import static com.cpay.platform.architecture.Modules.SANDBOX;
import static com.cpay.platform.architecture.Modules.SANDBOX_GENERATED;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Adapters meet only in the domain's ports. The app uses them through those ports too: it gets the adapters' beans
 * by port type (wired by cpay-starter), so it never names an adapter class.
 */
@AnalyzeClasses(packages = Modules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationRules {

    @ArchTest
    static final ArchRule the_http_adapter_does_not_depend_on_other_adapters_or_the_app = noClasses()
            .that().resideInAPackage(ADAPTER_HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_PERSISTENCE, ADAPTER_KAFKA, SANDBOX, APP);

    @ArchTest
    static final ArchRule the_persistence_adapter_does_not_depend_on_other_adapters_or_the_app = noClasses()
            .that().resideInAPackage(ADAPTER_PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_HTTP, ADAPTER_KAFKA, SANDBOX, APP);

    @ArchTest
    static final ArchRule the_kafka_adapter_does_not_depend_on_other_adapters_or_the_app = noClasses()
            .that().resideInAPackage(ADAPTER_KAFKA)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_HTTP, ADAPTER_PERSISTENCE, SANDBOX, APP)
            .because("the relay publishes the payload the outbox already holds; it needs only the domain's"
                    + " EventPublisher port and kafka-clients");

    @ArchTest
    static final ArchRule the_app_depends_on_ports_not_on_adapter_classes = noClasses()
            .that().resideInAPackage(APP)
            .should().dependOnClassesThat(resideInAPackage(ADAPTERS)
                    .and(not(annotatedWith(InterceptorBinding.class))))
            .because("the app reaches C-Pay and the database through the domain's ports (the webhook through"
                    + " NotificationVerifier, transactions through Transactions): an adapter class in the app would"
                    + " tie it to one implementation and let adapter types leak into the API layer. The one"
                    + " exception is an interceptor binding the adapter puts on its beans (@CpayCallMetered): the"
                    + " app supplies the interceptor, so it must name the binding");

    @ArchTest
    static final ArchRule generated_client_types_stay_inside_the_http_adapter = noClasses()
            .that().resideOutsideOfPackage(ADAPTER_HTTP)
            .should().dependOnClassesThat().resideInAPackage(ADAPTER_HTTP_GENERATED)
            .because("no generated type may cross the adapter boundary");

    @ArchTest
    static final ArchRule generated_simulator_types_stay_inside_the_sandbox = noClasses()
            .that().resideOutsideOfPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAPackage(SANDBOX_GENERATED)
            .because("the simulator's server interfaces are its own; others speak to it over HTTP");

    @ArchTest
    static final ArchRule the_sandbox_is_a_second_implementation_of_cpay = noClasses()
            .that().resideInAPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_HTTP, ADAPTER_PERSISTENCE, DOMAIN, APP)
            .because("a simulator that signs and reads with our client's own code would agree with every bug of it "
                    + "(issue: money safety, docs/decisions.md, decision 21)");

    @ArchTest
    static final ArchRule only_the_app_may_embed_the_sandbox = noClasses()
            .that().resideOutsideOfPackages(SANDBOX, APP)
            .should().dependOnClassesThat().resideInAPackage(SANDBOX)
            .because("the simulator is a test double of C-Pay: production adapters must never call it directly");
}

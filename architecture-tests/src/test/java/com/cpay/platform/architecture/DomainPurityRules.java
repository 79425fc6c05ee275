package com.cpay.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.cpay.platform.architecture.Modules.DOMAIN;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is plain Java that other services embed: it may know the JDK and itself, nothing else. */
@AnalyzeClasses(packages = Modules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityRules {

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk_and_itself = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jmolecules..", DOMAIN)
            .because("cpay-domain is embedded by other services and must compile with nothing but the JDK and "
                    + "jMolecules' annotations, which carry no behaviour");

    @ArchTest
    static final ArchRule the_domain_uses_no_framework_or_persistence_api = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "com.fasterxml..", "jakarta..", "javax.persistence..", "java.sql..",
                    "javax.sql..", "org.mapstruct..", "io.opentelemetry..")
            .because("framework, JSON, database and tracing types belong in adapters and the application");

    @ArchTest
    static final ArchRule the_domain_never_sees_generated_code = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("..generated..")
            .because("generated wire types are translated by mappers at the edge");
}

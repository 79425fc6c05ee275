package com.cpay.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

import static com.cpay.platform.architecture.Modules.DOMAIN;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain is sorted by capability and marked with jMolecules: these rules keep the marks true. A use case is
 * a primary port in its capability's package, the ports it needs are secondary ports beside it, and nothing is
 * sorted by layer again.
 */
@AnalyzeClasses(packages = Modules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CapabilityRules {

    @ArchTest
    static final ArchRule ddd_building_blocks_follow_jmolecules_rules = JMoleculesDddRules.all();

    @ArchTest
    static final ArchRule ports_and_adapters_follow_jmolecules_rules = JMoleculesArchitectureRules.ensureHexagonal();

    @ArchTest
    static final ArchRule every_use_case_is_a_primary_port = classes()
            .that().resideInAPackage(DOMAIN).and().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().beAnnotatedWith(PrimaryPort.class);

    @ArchTest
    static final ArchRule every_gateway_is_a_secondary_port = classes()
            .that().resideInAPackage(DOMAIN).and().haveNameMatching(".*\\.Cpay\\w+Gateway")
            .should().beInterfaces().andShould().beAnnotatedWith(SecondaryPort.class);

    @ArchTest
    static final ArchRule the_domain_is_not_sorted_by_layer = noClasses()
            .should().resideInAnyPackage("com.cpay.platform.domain.port..", "com.cpay.platform.domain.service..")
            .because("use cases, their services and ports live in their capability's package (docs/architecture.md)");

    @ArchTest
    static final ArchRule value_packages_do_not_know_the_use_cases = noClasses()
            .that().resideInAnyPackage("com.cpay.platform.domain..model..", "com.cpay.platform.domain.money..",
                    "com.cpay.platform.domain.shared..")
            .should().dependOnClassesThat().areAnnotatedWith(PrimaryPort.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(SecondaryPort.class)
            .because("values are shared by every capability; a value that needs a port is a use case in disguise");
}

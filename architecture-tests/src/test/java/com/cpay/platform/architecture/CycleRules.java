package com.cpay.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Package cycles make layers meaningless, so every package of ours must be free of them. */
@AnalyzeClasses(packages = Modules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class CycleRules {

    @ArchTest
    static final ArchRule no_package_takes_part_in_a_cycle = slices()
            .matching("com.cpay.platform.(**)")
            .should().beFreeOfCycles();
}

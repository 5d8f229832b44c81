package org.rookery.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** Package structure: no cycles, internals stay internal. */
final class PackageRules {
    private PackageRules() {}

    @Subjects("org.rookery..")
    static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.rookery.(*).(*)..").namingSlices("$1.$2")
            .should().beFreeOfCycles()
            .because("a cycle makes two packages one in disguise: neither can be understood, tested or moved alone");

    @Subjects("org.rookery..internal..")
    static final ArchRule internal_packages_are_used_only_by_the_package_that_owns_them = classes()
            .that().resideInAPackage("..internal..")
            .should(RookeryConditions.onlyBeUsedFromTheirParentPackage())
            .because("what lives in an internal package may change without notice; only its owner may rely on it");
}

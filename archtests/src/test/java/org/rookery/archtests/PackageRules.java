package org.rookery.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

    @Subjects("org.rookery.adapters.http..")
    static final ArchRule the_http_adapters_packages_are_free_of_cycles = slices()
            .matching("org.rookery.adapters.http.(*)..").namingSlices("http $1")
            .should().beFreeOfCycles()
            .because("the HTTP adapter is split by concern (REST, WebSocket, SSE, auth, problems, JSON, ...); a cycle would fuse two concerns again");

    @Subjects("org.rookery.adapters.http..")
    static final ArchRule the_http_adapters_classes_are_free_of_cycles = slices()
            .assignedFrom(RookeryConditions.topLevelClassesIn("org.rookery.adapters.http"))
            .should().beFreeOfCycles()
            .because("two classes that call each other (a socket and its command handler did) cannot be read, tested or changed apart");

    @Subjects("org.rookery.adapters.http..")
    static final ArchRule the_http_adapters_parts_do_not_reach_back_to_its_entry_point = noClasses()
            .that().resideInAPackage("org.rookery.adapters.http.*..")
            .should().dependOnClassesThat().resideInAPackage("org.rookery.adapters.http")
            .because("HttpApi wires the parts; a part that reached back would depend on every other part through it");

    @Subjects("org.rookery.domain.knowledge..")
    static final ArchRule chess_knowledge_builds_on_the_chess_rules_alone = classes()
            .that().resideInAPackage("org.rookery.domain.knowledge..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain.chess..", "org.rookery.domain.knowledge..")
            .because("opening books and tablebases are facts about chess positions: they play moves with the one rules engine and know nothing of games, clocks or ratings");

    @Subjects({"org.rookery.domain.knowledge.book.internal..", "org.rookery.domain.knowledge.endgame.internal.."})
    static final ArchRule knowledge_internals_stay_in_their_capability = classes()
            .that().resideInAPackage("org.rookery.domain.knowledge..internal..")
            .should(RookeryConditions.onlyBeUsedFromTheirParentPackage())
            .because("the book's Zobrist table and the tablebase solver may change without notice; callers use OpeningBook and Tablebase");

    @Subjects("org.rookery..internal..")
    static final ArchRule internal_packages_are_used_only_by_the_package_that_owns_them = classes()
            .that().resideInAPackage("..internal..")
            .should(RookeryConditions.onlyBeUsedFromTheirParentPackage())
            .because("what lives in an internal package may change without notice; only its owner may rely on it");
}

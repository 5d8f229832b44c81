package org.rookery.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;

/** Coding conventions that keep the core deterministic and virtual-thread friendly. */
final class ConventionRules {
    private ConventionRules() {}

    @Subjects({"org.rookery.domain..", "org.rookery.application..", "org.rookery.bot.."})
    static final ArchRule the_core_reads_time_and_randomness_only_through_its_parameters = noClasses()
            .that().resideInAnyPackage("org.rookery.domain..", "org.rookery.application..", "org.rookery.bot..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callConstructor(Random.class)
            .because("clocks and flags must be testable with a hand-moved time, and replays must be deterministic");

    @Subjects({"org.rookery.application..", "org.rookery.adapters..", "org.rookery.bot.."})
    static final ArchRule application_and_adapters_use_locks_not_synchronized_methods = noMethods()
            .that().areDeclaredInClassesThat().resideInAnyPackage("org.rookery.application..", "org.rookery.adapters..", "org.rookery.bot..")
            .should().haveModifier(JavaModifier.SYNCHRONIZED)
            .because("commands may run on virtual threads; ReentrantLock keeps waiting cheap and visible");
}

package org.rookery.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.rookery.domain.event.GameEvent;

/** Names that make the layout readable: a class's role shows in its name. */
final class NamingRules {
    private NamingRules() {}

    @Subjects("org.rookery.ports.in")
    static final ArchRule driving_ports_are_interfaces_named_use_case = classes()
            .that().resideInAPackage("org.rookery.ports.in").and().areInterfaces()
            .should().haveSimpleNameEndingWith("UseCase")
            .because("a reader finds every entry point of the application by its name");

    @Subjects("org.rookery.application..")
    static final ArchRule use_cases_are_implemented_by_application_services = classes()
            .that().implement(DescribedPredicate.describe("a use case", (JavaClass c) -> c.getSimpleName().endsWith("UseCase")))
            .should().resideInAPackage("org.rookery.application..").andShould().haveSimpleNameEndingWith("Service")
            .because("use cases are orchestrated by services, never by adapters");

    @Subjects("org.rookery.application..")
    static final ArchRule the_word_service_is_kept_for_application_services = classes()
            .that().resideInAPackage("org.rookery..").and().haveSimpleNameEndingWith("Service")
            .should().resideInAPackage("org.rookery.application..")
            .because("a class called Service is where a use case is orchestrated; an adapter's web resource is not one");

    @Subjects("org.rookery.adapters.http..")
    static final ArchRule helidon_http_services_are_named_routes = classes()
            .that().implement("io.helidon.webserver.http.HttpService")
            .should().haveSimpleNameEndingWith("Routes")
            .andShould().resideInAPackage("org.rookery.adapters.http..")
            .because("a Helidon HttpService is a set of routes; the name says so and keeps Service for the application");

    @Subjects("org.rookery.adapters..")
    static final ArchRule adapters_are_named_technology_plus_port = classes()
            .that().resideInAPackage("org.rookery.adapters..").and(RookeryConditions.implementADrivenPort())
            .should(RookeryConditions.beNamedTechnologyPlusThePortTheyImplement())
            .because("InMemoryGameEventLog and PostgresGameEventLog say at once what they are and what they replace");

    @Subjects({"org.rookery.ports.out", "org.rookery.ports.out.engine"})
    static final ArchRule every_driven_port_has_an_in_memory_adapter = classes()
            .that().resideInAPackage("org.rookery.ports.out..").and().areInterfaces().and().areTopLevelClasses()
            .and(DescribedPredicate.not(RookeryConditions.callbackTypes()))
            .and(DescribedPredicate.not(RookeryConditions.sumsOfRecords()))
            .should(RookeryConditions.beImplementedIn("org.rookery.adapters.memory"))
            .because("testers run everything in one process, so the in-memory kit must be complete");

    @Subjects("org.rookery.domain.event")
    static final ArchRule domain_events_are_records = classes()
            .that().implement(GameEvent.class)
            .should(RookeryConditions.beRecords())
            .because("events are immutable facts, compared by value in replay tests");

    @Subjects("org.rookery..")
    static final ArchRule exceptions_are_named_exception = classes()
            .that().resideInAPackage("org.rookery..").and().areAssignableTo(Throwable.class)
            .should().haveSimpleNameEndingWith("Exception")
            .because("a failure's type says it is one");

    @Subjects("org.rookery..")
    static final ArchRule no_class_is_a_manager_helper_or_util = noClasses()
            .that().resideInAPackage("org.rookery..")
            .should().haveNameMatching(".*(Manager|Helper|Helpers|Util|Utils|Utilities)")
            .because("such names hide a missing concept; name what the class is");
}

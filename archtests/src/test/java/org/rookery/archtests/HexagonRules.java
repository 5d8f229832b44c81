package org.rookery.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of the hexagon: inward only, adapters apart, wiring in runtimes. */
final class HexagonRules {
    private HexagonRules() {}

    @Subjects("org.rookery.domain..")
    static final ArchRule the_domain_depends_on_the_jdk_alone = classes()
            .that().resideInAPackage("org.rookery.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..")
            .because("teams embed the domain as a library: it must bring no dependency, no framework and no I/O");

    @Subjects("org.rookery.ports..")
    static final ArchRule ports_depend_on_the_domain_and_the_jdk_alone = classes()
            .that().resideInAPackage("org.rookery.ports..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..", "org.rookery.ports..")
            .because("a port is a contract between the application and its adapters: it may speak only the domain's language");

    @Subjects("org.rookery.application..")
    static final ArchRule application_services_depend_on_the_domain_the_ports_and_the_jdk_alone = classes()
            .that().resideInAPackage("org.rookery.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..", "org.rookery.ports..", "org.rookery.application..")
            .because("the application core must run unchanged on any set of adapters, including the in-memory ones");

    @Subjects("org.rookery.application..")
    static final ArchRule application_services_ship_in_the_application_module_alone = classes()
            .that().resideInAPackage("org.rookery.application..")
            .should(RookeryConditions.comeFromModule("application"))
            .because("adapters depend on the ports module; if services shipped there, an adapter could compile against them");

    @Subjects("org.rookery.ports..")
    static final ArchRule ports_ship_in_the_ports_module_alone = classes()
            .that().resideInAPackage("org.rookery.ports..")
            .should(RookeryConditions.comeFromModule("ports"))
            .because("the ports artifact is the contract adapters build against: it must hold interfaces and values, nothing else");

    @Subjects("org.rookery.ports..")
    static final ArchRule ports_do_not_know_the_services_behind_them = noClasses()
            .that().resideInAPackage("org.rookery.ports..")
            .should().dependOnClassesThat().resideInAPackage("org.rookery.application..")
            .because("a port is a contract; callers must not reach the implementation through it");

    @Subjects("org.rookery.adapters..")
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("org.rookery.adapters.(*)..").namingSlices("adapters $1")
            .should().notDependOnEachOther()
            .because("each adapter is swappable on its own; sharing code between them would couple their technologies");

    @Subjects("org.rookery.adapters.memory..")
    static final ArchRule in_memory_adapters_use_the_jdk_and_the_ports_alone = classes()
            .that().resideInAPackage("org.rookery.adapters.memory..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..", "org.rookery.ports..", "org.rookery.adapters.memory..")
            .because("the in-memory kit must run the whole platform in one process with no server and no library");

    @Subjects("org.rookery.adapters.postgres..")
    static final ArchRule the_postgres_adapter_uses_the_ports_the_event_json_and_its_technology_alone = classes()
            .that().resideInAPackage("org.rookery.adapters.postgres..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "org.rookery.domain..", "org.rookery.ports..",
                    "org.rookery.events.json..", "org.rookery.adapters.postgres..", "org.jooq..", "org.flywaydb..", "com.zaxxer.hikari..",
                    "org.postgresql..", "com.fasterxml.jackson..")
            .because("a driven adapter translates between a port and one technology (here PostgreSQL through jOOQ, Flyway and HikariCP); "
                    + "events are stored in their published JSON");

    @Subjects("org.rookery.events.json..")
    static final ArchRule the_event_json_speaks_only_the_domains_events = classes()
            .that().resideInAPackage("org.rookery.events.json..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.rookery.domain.event..",
                    "org.rookery.domain.clock..", "org.rookery.domain.chess..", "org.rookery.events.json..")
            .because("the events' JSON is a published language every adapter shares: it may know the events and nothing of ports, services or adapters");

    @Subjects("org.rookery.adapters.kafka..")
    static final ArchRule the_kafka_adapter_uses_the_ports_and_kafka_clients_alone = classes()
            .that().resideInAPackage("org.rookery.adapters.kafka..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..", "org.rookery.ports..", "org.rookery.events.json..",
                    "org.rookery.adapters.kafka..", "org.apache.kafka.clients..", "org.apache.kafka.common..")
            .because("a driven adapter brings its one technology; Kafka's server classes (the local broker) stay in tests and tools");

    @Subjects("org.rookery.adapters.uci..")
    static final ArchRule the_uci_engine_adapter_depends_on_the_ports_the_domain_and_the_jdk_alone = classes()
            .that().resideInAPackage("org.rookery.adapters.uci..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..", "org.rookery.ports..", "org.rookery.adapters.uci..")
            .because("an engine is a process spoken to over pipes: the driver needs the JDK, and our rules to check every move it returns");

    @Subjects("org.rookery.bot..")
    static final ArchRule bots_drive_the_use_cases_and_the_ports_through_resilience4j_alone = classes()
            .that().resideInAPackage("org.rookery.bot..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.rookery.domain..", "org.rookery.ports..", "org.rookery.bot..", "io.github.resilience4j..")
            .because("a bot is a player like any other: it plays through the use cases and asks the engine and the book through their ports, never an adapter or a service directly");

    @Subjects("org.rookery.client..")
    static final ArchRule the_java_client_depends_on_the_jdk_and_jackson_alone = classes()
            .that().resideInAPackage("org.rookery.client..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.rookery.client..")
            .because("applications embed the client: it talks to the platform over HTTP and brings no server code and no framework");

    @Subjects({"org.rookery.domain..", "org.rookery.ports..", "org.rookery.application..", "org.rookery.adapters..", "org.rookery.bot..", "org.rookery.runtime.."})
    static final ArchRule only_runtimes_wire_adapters_and_services = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.rookery..")
            .layer("Domain").definedBy("org.rookery.domain..")
            .layer("Ports").definedBy("org.rookery.ports..")
            .layer("Application").definedBy("org.rookery.application..")
            .layer("Adapters").definedBy("org.rookery.adapters..")
            .layer("Bots").definedBy("org.rookery.bot..")
            .layer("Runtimes").definedBy("org.rookery.runtime..")
            .whereLayer("Runtimes").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Runtimes")
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Runtimes")
            .whereLayer("Bots").mayOnlyBeAccessedByLayers("Runtimes")
            .whereLayer("Ports").mayOnlyBeAccessedByLayers("Application", "Adapters", "Bots", "Runtimes")
            .because("composition happens in one place, the runtimes' main methods, so that any part can be replaced there");
}

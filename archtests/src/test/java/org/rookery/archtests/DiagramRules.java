package org.rookery.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;

/** The picture in docs/architecture.puml is also a rule: code may depend only along its arrows. */
final class DiagramRules {
    static final Path DIAGRAM = projectRoot().resolve("docs/architecture.puml");

    private DiagramRules() {}

    @Subjects("org.rookery..")
    static final ArchRule the_code_follows_the_component_diagram = classes()
            .that().resideInAPackage("org.rookery..")
            .should(adhereToPlantUmlDiagram(DIAGRAM, consideringOnlyDependenciesInAnyPackage("org.rookery..")))
            .because("docs/architecture.puml is the picture architects read, so it must be true");

    /** The build sets {@code rookery.root}; from an IDE, walk up to the folder that holds docs/. */
    static Path projectRoot() {
        String root = System.getProperty("rookery.root");
        if (root != null) return Path.of(root);
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/architecture.puml"))) dir = dir.getParent();
        return dir == null ? Path.of("..") : dir;
    }
}

package org.rookery.archtests;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/** The conditions ArchUnit has no ready-made sentence for. Stateless, so thread-safe. */
final class RookeryConditions {
    static final String DRIVEN_PORTS = "org.rookery.ports.out";

    private RookeryConditions() {}

    /** A class in {@code x.internal} (or below) is used only from {@code x} and its subpackages. */
    static ArchCondition<JavaClass> onlyBeUsedFromTheirParentPackage() {
        return new ArchCondition<>("only be used from the package that owns the internal package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String pkg = item.getPackageName();
                String owner = pkg.substring(0, pkg.indexOf(".internal"));
                for (Dependency d : item.getDirectDependenciesToSelf()) {
                    String from = d.getOriginClass().getPackageName();
                    if (!from.equals(owner) && !from.startsWith(owner + ".")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + ", from outside " + owner));
                    }
                }
            }
        };
    }

    /** The class is named technology + port: it ends with a port it implements, after a prefix. */
    static ArchCondition<JavaClass> beNamedTechnologyPlusThePortTheyImplement() {
        return new ArchCondition<>("be named technology + the driven port they implement (e.g. InMemoryGameEventLog)") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                List<String> ports = drivenPortsOf(item);
                boolean named = ports.stream().anyMatch(p -> item.getSimpleName().endsWith(p) && item.getSimpleName().length() > p.length());
                if (!named) events.add(SimpleConditionEvent.violated(item, item.getName() + " implements " + ports + " but is not named <Technology><Port>"));
            }
        };
    }

    static DescribedPredicate<JavaClass> implementADrivenPort() {
        return DescribedPredicate.describe("implement a driven port", c -> !drivenPortsOf(c).isEmpty());
    }

    /** Every driven port (callbacks and handles aside) has an implementation in the package. */
    static ArchCondition<JavaClass> beImplementedIn(String adapterPackage) {
        return new ArchCondition<>("be implemented in " + adapterPackage) {
            private JavaClasses all;

            @Override
            public void init(java.util.Collection<JavaClass> allObjectsToTest) {
                all = RookeryClasses.all();
            }

            @Override
            public void check(JavaClass port, ConditionEvents events) {
                boolean implemented = all.stream().anyMatch(c -> c.getPackageName().equals(adapterPackage) && !c.isInterface() && c.isAssignableTo(port.getName()));
                if (!implemented) events.add(SimpleConditionEvent.violated(port, port.getName() + " has no adapter in " + adapterPackage));
            }
        };
    }

    static DescribedPredicate<JavaClass> callbackTypes() {
        return DescribedPredicate.describe("callbacks or handles", c -> c.getSimpleName().endsWith("Listener") || c.getSimpleName().equals("Subscription"));
    }

    /**
     * Interfaces whose every implementation is a record (such as {@code Score}, cp or mate): closed
     * sets of values that ports carry, not ports.
     */
    static DescribedPredicate<JavaClass> sumsOfRecords() {
        return DescribedPredicate.describe("sums of records (values, not ports)", c -> {
            List<JavaClass> implementations = RookeryClasses.all().stream()
                    .filter(other -> !other.isInterface() && !other.equals(c) && other.isAssignableTo(c.getName()))
                    .toList();
            return !implementations.isEmpty() && implementations.stream().allMatch(other -> other.isAssignableTo(Record.class));
        });
    }

    static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (!item.isAssignableTo(Record.class)) events.add(SimpleConditionEvent.violated(item, item.getName() + " is not a record"));
            }
        };
    }

    /** The driven ports a class implements: interfaces in {@code org.rookery.ports.out} and its subpackages (e.g. {@code .engine}). */
    private static List<String> drivenPortsOf(JavaClass c) {
        return c.getAllRawInterfaces().stream()
                .filter(i -> i.getPackageName().equals(DRIVEN_PORTS) || i.getPackageName().startsWith(DRIVEN_PORTS + "."))
                .map(JavaClass::getSimpleName).toList();
    }

    /** The class was loaded from the named Maven module (its target/classes folder or its rookery-&lt;module&gt; jar). */
    static ArchCondition<JavaClass> comeFromModule(String module) {
        return new ArchCondition<>("come from the " + module + " module") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String location = item.getSource().map(source -> source.getUri().toString()).orElse("");
                boolean fromModule = location.contains("/" + module + "/target/classes/") || location.contains("/rookery-" + module + "-");
                if (!fromModule) events.add(SimpleConditionEvent.violated(item, item.getName() + " comes from " + location));
            }
        };
    }

    /** Each top-level class under {@code root} (with its nested classes) as a slice of its own; other classes are ignored. */
    static SliceAssignment topLevelClassesIn(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!c.getPackageName().equals(root) && !c.getPackageName().startsWith(root + ".")) return SliceIdentifier.ignore();
                String name = c.getName();
                int nested = name.indexOf('$');
                return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "top-level classes in " + root + "..";
            }
        };
    }
}

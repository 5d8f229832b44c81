package org.rookery.archtests;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of the catalogue: the field that defines it (its name is the rule's sentence), the
 * ArchUnit rule, and the packages it constrains. Immutable.
 */
record DocumentedRule(String group, String field, ArchRule rule, List<String> subjects) {

    /** The rules declared as static {@link ArchRule} fields of the classes, in declaration order. */
    static List<DocumentedRule> in(List<Class<?>> holders) {
        List<DocumentedRule> rules = new ArrayList<>();
        for (Class<?> holder : holders) {
            for (Field f : holder.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !ArchRule.class.isAssignableFrom(f.getType())) continue;
                Subjects subjects = f.getAnnotation(Subjects.class);
                if (subjects == null) throw new IllegalStateException(holder.getSimpleName() + "." + f.getName() + " names no @Subjects");
                try {
                    f.setAccessible(true);
                    rules.add(new DocumentedRule(holder.getSimpleName(), f.getName(), (ArchRule) f.get(null), List.of(subjects.value())));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    /** The field name as a sentence: {@code the_domain_depends_on_the_jdk_alone} → "The domain depends on the jdk alone". */
    String title() {
        String words = field.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String rationale() {
        String d = rule.getDescription();
        int because = d.lastIndexOf(", because ");
        return because < 0 ? "" : d.substring(because + ", because ".length());
    }

    String archUnitSentence() {
        String d = rule.getDescription();
        int because = d.lastIndexOf(", because ");
        return because < 0 ? d : d.substring(0, because);
    }

    /** Evaluates the rule, failing it also when one of its subject packages is empty. */
    RuleResult check(JavaClasses classes) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String pkg : subjects) {
            long n = classes.stream().filter(JavaClass.Predicates.resideInAPackage(pkg)).count();
            sizes.put(pkg, n);
            if (n == 0) problems.add("the package " + pkg + " holds no class, so this rule would pass vacuously");
        }
        try {
            EvaluationResult result = rule.allowEmptyShould(false).evaluate(classes);
            problems.addAll(result.getFailureReport().getDetails());
        } catch (RuntimeException e) {
            problems.add("the rule could not be evaluated: " + e);
        }
        return new RuleResult(this, sizes, problems);
    }

    /** What one evaluation found. Immutable. */
    record RuleResult(DocumentedRule rule, Map<String, Long> subjectSizes, List<String> violations) {
        boolean passed() {
            return violations.isEmpty();
        }

        String failureText() {
            return "Rule '" + rule.title() + "' failed (" + rule.rationale() + "):\n  " + String.join("\n  ", violations);
        }
    }
}

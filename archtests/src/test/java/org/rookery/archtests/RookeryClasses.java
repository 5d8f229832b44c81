package org.rookery.archtests;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every production class of every module, imported once per test run. Immutable once loaded. */
final class RookeryClasses {
    static final String ROOT = "org.rookery";
    private static JavaClasses classes;

    private RookeryClasses() {}

    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        }
        return classes;
    }
}

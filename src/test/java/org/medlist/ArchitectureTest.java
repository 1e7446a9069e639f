package org.medlist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The core (knowledge base, checker, precautions, store, medications) never sees JavaFX; only ui does. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.medlist");

    @Test
    void theCoreDoesNotImportJavaFx() {
        noClasses().that().resideInAnyPackage("org.medlist.knowledge..", "org.medlist.check..", "org.medlist.store..",
                        "org.medlist.medications..", "org.medlist.precautions..", "org.medlist.cli..", "org.medlist.bench..",
                        "org.medlist.summary..", "org.medlist.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.medlist.ui..")
                .check(CLASSES);
    }

    @Test
    void theStoreAndKnowledgeBaseDoNotDependOnTheInterface() {
        noClasses().that().resideInAnyPackage("org.medlist.store..", "org.medlist.knowledge..", "org.medlist.check..")
                .should().dependOnClassesThat().resideInAnyPackage("org.medlist.cli..", "org.medlist.ui..", "org.medlist.medications..")
                .check(CLASSES);
    }
}

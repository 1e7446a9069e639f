package org.medlist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked: layers (ui and cli → app → check / precautions / summary / exchange →
 * knowledge / store → model), no cycles between packages, JavaFX only in ui, SQL only in store, and
 * the two things that make behaviour depend on the machine rather than the code — system properties
 * and the wall clock — each in one place.
 */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.medlist");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.medlist.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Interface").definedBy("org.medlist.ui..", "org.medlist.cli..", "org.medlist.bench..")
                .layer("Application").definedBy("org.medlist.app..")
                .layer("Features").definedBy("org.medlist.check..", "org.medlist.precautions..", "org.medlist.summary..", "org.medlist.exchange..")
                .layer("Core").definedBy("org.medlist.knowledge..", "org.medlist.store..")
                .layer("Model").definedBy("org.medlist.model..")
                .whereLayer("Interface").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interface")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Application", "Interface")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Features", "Application", "Interface")
                .check(CLASSES);
    }

    /** Commands and view-models reach the knowledge base and the stores only through the application layer. */
    @Test
    void commandsAndViewModelsGoThroughTheApplication() {
        noClasses().that().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("ViewModel")
                .and().doNotHaveSimpleName("MedListCommand") // the command line's composition root opens the database
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.medlist.knowledge.Resolver")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.medlist.check.Checker")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.medlist.precautions.Precautions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.medlist.precautions.PersonChecker")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.medlist.summary.SummaryBuilder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.medlist.store.Database")
                .check(CLASSES);
    }

    @Test
    void onlyTheInterfaceSeesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.medlist.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(CLASSES);
    }

    /** SQL lives in the store; the benchmark's naive SQL baseline is the one deliberate exception (it measures SQL). */
    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackages("org.medlist.store..", "org.medlist.bench..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(CLASSES);
    }

    @Test
    void systemPropertiesAreSetOnlyByTheLauncher() {
        noClasses().that().doNotHaveFullyQualifiedName("org.medlist.Launcher")
                .should().callMethod(System.class, "setProperty", String.class, String.class)
                .check(CLASSES);
    }

    /** "Today" comes from the injected Clock, so that tests and the printout agree on one date. */
    @Test
    void theDateComesFromTheInjectedClock() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .check(CLASSES);
    }
}

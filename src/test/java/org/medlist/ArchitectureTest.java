package org.medlist;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked: layers (ui and cli → app → check / precautions / summary / exchange →
 * knowledge / store → model), no cycles between packages, JavaFX only in ui, SQL only in store, no
 * network anywhere, and the two things that make behaviour depend on the machine rather than the code —
 * system properties and the wall clock — each in one place. Every test class is named so that Maven runs it.
 */
class ArchitectureTest {
    /** MedList's classes, read from where they were compiled (quicker than searching the whole class path). */
    static final JavaClasses CLASSES = new ClassFileImporter().importPath(compiledInto(Launcher.class));

    /** Sockets, URL connections, HTTP clients, socket channels and name lookups, the ways a Java program reaches a network. */
    static final DescribedPredicate<JavaClass> NETWORK = assignableTo(java.net.Socket.class)
            .or(assignableTo(java.net.ServerSocket.class))
            .or(assignableTo(java.net.DatagramSocket.class))
            .or(assignableTo(java.net.URLConnection.class))
            .or(assignableTo(java.net.InetAddress.class))
            .or(assignableTo(java.net.InetSocketAddress.class))
            .or(assignableTo(java.nio.channels.SocketChannel.class))
            .or(assignableTo(java.nio.channels.ServerSocketChannel.class))
            .or(assignableTo(java.nio.channels.DatagramChannel.class))
            .or(assignableTo(java.nio.channels.AsynchronousSocketChannel.class))
            .or(assignableTo(java.nio.channels.AsynchronousServerSocketChannel.class))
            .or(resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net.."))
            .as("a socket, URL connection, HTTP client, socket channel or name lookup");

    static final ArchRule NO_NETWORK = noClasses().that().resideInAPackage("org.medlist..")
            .should().dependOnClassesThat(NETWORK)
            .orShould().callMethodWhere(target(nameMatching("openConnection|openStream")).and(target(owner(assignableTo(URL.class)))))
            .because("MedList is fully local and offline: no network calls, ever");

    @Test
    void noClassUsesTheNetwork() {
        NO_NETWORK.check(CLASSES);
    }

    @Test
    void theNetworkRuleCatchesASocketAndAUrlOpened() {
        JavaClasses offenders = new ClassFileImporter().importClasses(NetworkOffenders.OpensASocket.class, NetworkOffenders.OpensAUrl.class,
                NetworkOffenders.SendsHttp.class, NetworkOffenders.ListensForMulticast.class);
        assertThatThrownBy(() -> NO_NETWORK.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("OpensASocket").hasMessageContaining("OpensAUrl").hasMessageContaining("SendsHttp").hasMessageContaining("ListensForMulticast");
    }

    static Path compiledInto(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Surefire runs classes named *Test and *Tests (pom.xml); a test class named otherwise would silently never run. */
    @Test
    void everyTestClassIsNamedSoThatMavenRunsIt() {
        // Only the test classes' own annotations matter: resolving everything they use (TestFX, JavaFX…) would take seconds.
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolving = config.resolveMissingDependenciesFromClassPath();
        JavaClasses tests;
        try {
            config.setResolveMissingDependenciesFromClassPath(false);
            tests = new ClassFileImporter().importPath(compiledInto(ArchitectureTest.class));
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolving);
        }
        DescribedPredicate<JavaClass> holdsTests = DescribedPredicate.describe("hold tests", c -> c.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith("org.junit.jupiter.api.Test") || m.isAnnotatedWith("org.junit.jupiter.params.ParameterizedTest")
                        || m.isAnnotatedWith("org.junit.jupiter.api.RepeatedTest") || m.isAnnotatedWith("org.junit.jupiter.api.TestFactory")
                        || m.isAnnotatedWith("org.junit.jupiter.api.TestTemplate")));
        classes().that(holdsTests).and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("Tests")
                .check(tests);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.medlist.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Interface").definedBy("org.medlist.ui..", "org.medlist.cli..", "org.medlist.bench..")
                .layer("Application").definedBy("org.medlist.app..")
                .layer("Features").definedBy("org.medlist.check..", "org.medlist.precautions..", "org.medlist.summary..", "org.medlist.exchange..", "org.medlist.importing..")
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

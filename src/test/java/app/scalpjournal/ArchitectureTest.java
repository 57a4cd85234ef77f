package app.scalpjournal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of ARCHITECTURE.md, checked on the compiled main classes: no package cycles, UI
 * packages included; core and view models without the scene graph; the shell on top, the UI kit at the
 * bottom of the UI.
 */
@AnalyzeClasses(packages = "app.scalpjournal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] FEATURES = {"app.scalpjournal.library..", "app.scalpjournal.journal..",
        "app.scalpjournal.photo..", "app.scalpjournal.compare..", "app.scalpjournal.report..", "app.scalpjournal.sample.."};

    /** Every package is a slice (journal and journal.ui are two); no two of them may need each other, even through others. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("app.scalpjournal.(**)").should().beFreeOfCycles();

    /** Storage, services, the report builder, the command line and the wiring run headless: no scene graph. */
    @ArchTest
    static final ArchRule coreHasNoSceneGraph = noClasses()
            .that().resideInAnyPackage(FEATURES).and().resideOutsideOfPackage("..ui..")
            .or().resideInAnyPackage("app.scalpjournal.cli..", "app.scalpjournal.context..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    /** View models hold state and commands as properties; views own the nodes, so models run without a toolkit. */
    @ArchTest
    static final ArchRule viewModelsHaveNoSceneGraph = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    /** compare and report read journal and photo, never the other way round. */
    @ArchTest
    static final ArchRule featuresDependOneWay = noClasses()
            .that().resideInAnyPackage("app.scalpjournal.journal..", "app.scalpjournal.photo..")
            .should().dependOnClassesThat().resideInAnyPackage("app.scalpjournal.compare..", "app.scalpjournal.report..");

    /** The shell is the top: only the entry point starts it; features, kit, wiring and command line never reach up. */
    @ArchTest
    static final ArchRule featuresIndependentOfShell = noClasses()
            .that().resideOutsideOfPackages("app.scalpjournal.shell..").and().doNotHaveFullyQualifiedName("app.scalpjournal.Main")
            .should().dependOnClassesThat().resideInAnyPackage("app.scalpjournal.shell..");

    /** The UI kit is shared by every feature UI, so it knows none of them (and no feature core either). */
    @ArchTest
    static final ArchRule kitIndependentOfFeatures = noClasses()
            .that().resideInAPackage("app.scalpjournal.ui")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAnyPackage("app.scalpjournal.shell..", "app.scalpjournal.context..",
                    "app.scalpjournal.cli..");

    /** The whole context is for the shell and the command line; feature code gets the services it uses. */
    @ArchTest
    static final ArchRule contextOnlyInShellAndCommands = noClasses()
            .that().resideOutsideOfPackages("app.scalpjournal.shell..", "app.scalpjournal.cli..", "app.scalpjournal.context..")
            .should().dependOnClassesThat().resideInAPackage("app.scalpjournal.context..");

    /**
     * In the shell, only what opens a journal (App, SampleJournalOpener) and the one adapter that takes the
     * window's services from it (WindowServices) see the context: ViewFactory, LogFeatures and views get narrow services.
     */
    @ArchTest
    static final ArchRule shellGetsServicesNotTheContext = noClasses()
            .that().resideInAPackage("app.scalpjournal.shell..")
            .and().doNotHaveFullyQualifiedName("app.scalpjournal.shell.App")
            .and().doNotHaveFullyQualifiedName("app.scalpjournal.shell.SampleJournalOpener")
            .and().doNotHaveFullyQualifiedName("app.scalpjournal.shell.WindowServices")
            .should().dependOnClassesThat().resideInAPackage("app.scalpjournal.context..");
}

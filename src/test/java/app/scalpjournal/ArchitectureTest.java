package app.scalpjournal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of ARCHITECTURE.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "app.scalpjournal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Storage, services and the report builder run headless (tests, command line): no scene graph. */
    @ArchTest
    static final ArchRule coreHasNoSceneGraph = noClasses()
            .that().resideInAnyPackage("app.scalpjournal.library..", "app.scalpjournal.journal..", "app.scalpjournal.photo..",
                    "app.scalpjournal.report..", "app.scalpjournal.compare..")
            .and().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    /** compare and report read journal and photo, never the other way round. */
    @ArchTest
    static final ArchRule featuresDependOneWay = noClasses()
            .that().resideInAnyPackage("app.scalpjournal.journal..", "app.scalpjournal.photo..")
            .should().dependOnClassesThat().resideInAnyPackage("app.scalpjournal.compare..", "app.scalpjournal.report..");
}

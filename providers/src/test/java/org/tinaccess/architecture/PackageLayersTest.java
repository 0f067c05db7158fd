package org.tinaccess.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One package per capability, depending downward only: no two packages reach each other, however
 * indirectly, and only the API's root (package {@code api}) knows every capability's resources.
 */
class PackageLayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The providers' own compiled classes only (not the class path's jars): quick, and all the rule is about.
        Path compiled = Path.of(URI.create(String.valueOf(org.tinaccess.api.ApiDocument.class.getProtectionDomain().getCodeSource().getLocation())));
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(compiled);
        assertTrue(classes.size() > 100, "the providers' classes are on the test class path: " + classes.size());
    }

    @Test
    void packagesHaveNoCycles() {
        noCycles("org.tinaccess").check(classes);
    }

    /** The same rule on a cycle planted among this test's own classes: it fails there, so it can fail. */
    @Test
    void theRuleSeesAPlantedCycle() {
        JavaClasses planted = new ClassFileImporter().importPackages("org.tinaccess.architecture.planted");
        assertEquals(2, planted.size(), "the planted classes: " + planted);
        AssertionError seen = assertThrows(AssertionError.class, () -> noCycles("org.tinaccess.architecture.planted").check(planted));
        assertTrue(seen.getMessage().contains("Cycle detected"), seen.getMessage());
    }

    private static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void nothingDependsOnTheApisRoot() {
        noClasses().that().resideOutsideOfPackage("org.tinaccess.api..").should().dependOnClassesThat().resideInAPackage("org.tinaccess.api..")
                .check(classes);
    }

    @Test
    void theSharedRestHelpersKnowNoCapability() {
        noClasses().that().resideInAPackage("org.tinaccess.rest..").should().dependOnClassesThat()
                .resideInAnyPackage("org.tinaccess.backup..", "org.tinaccess.billing..", "org.tinaccess.join..", "org.tinaccess.members..", "org.tinaccess.notlisted..",
                        "org.tinaccess.npis..", "org.tinaccess.request..", "org.tinaccess.review..", "org.tinaccess.verify..",
                        "org.tinaccess.jobs..")
                .check(classes);
    }
}

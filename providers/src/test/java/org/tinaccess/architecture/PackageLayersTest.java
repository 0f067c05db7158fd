package org.tinaccess.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
        slices().matching("org.tinaccess.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingDependsOnTheApisRoot() {
        noClasses().that().resideOutsideOfPackage("org.tinaccess.api..").should().dependOnClassesThat().resideInAPackage("org.tinaccess.api..")
                .check(classes);
    }

    @Test
    void theSharedRestHelpersKnowNoCapability() {
        noClasses().that().resideInAPackage("org.tinaccess.rest..").should().dependOnClassesThat()
                .resideInAnyPackage("org.tinaccess.billing..", "org.tinaccess.join..", "org.tinaccess.members..", "org.tinaccess.notlisted..",
                        "org.tinaccess.npis..", "org.tinaccess.request..", "org.tinaccess.review..", "org.tinaccess.verify..",
                        "org.tinaccess.jobs..")
                .check(classes);
    }
}

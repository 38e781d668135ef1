package org.qianshou;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;

/** The module and package rules of STYLE.md, stated as tests. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qianshou");

    @Test
    void theSearchModuleKnowsNothingOfHttpMicronautOrTheBackend() {
        noClasses()
                .that()
                .resideInAPackage("org.qianshou.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "jakarta.inject..", "java.sql..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.qianshou.system..",
                        "org.qianshou.project..",
                        "org.qianshou.region..",
                        "org.qianshou.organisation..",
                        "org.qianshou.taxonomy..",
                        "org.qianshou.demo..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.qianshou.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void referenceDataDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("org.qianshou.region..", "org.qianshou.taxonomy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.qianshou.project..", "org.qianshou.organisation..", "org.qianshou.demo..")
                .check(CLASSES);
    }

    @Test
    void theSystemPackageDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.qianshou.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.qianshou.project..",
                        "org.qianshou.organisation..",
                        "org.qianshou.region..",
                        "org.qianshou.taxonomy..",
                        "org.qianshou.demo..")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .check(CLASSES);
    }
}

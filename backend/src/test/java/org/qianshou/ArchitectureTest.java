package org.qianshou;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qianshou.taxonomy.ProtectedGroups;

/** The module and package rules of STYLE.md, stated as tests. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qianshou");

    /** The packages that are not features: the search module and the shared system package. */
    private static final Set<String> NOT_FEATURES = Set.of("search", "system");

    /**
     * Every feature package under {@code org.qianshou} as found in the compiled classes (a new feature is covered
     * without editing this test), each as {@code org.qianshou.<feature>..}.
     */
    private static final List<String> FEATURES = features();

    private static List<String> features() {
        Set<String> names = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String rest = c.getPackageName().startsWith("org.qianshou.")
                    ? c.getPackageName().substring("org.qianshou.".length())
                    : "";
            String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            if (!top.isEmpty() && !NOT_FEATURES.contains(top)) {
                names.add("org.qianshou." + top + "..");
            }
        }
        return List.copyOf(names);
    }

    /** Controllers, problem handlers, the classes inside them, and the framework's generated classes ({@code $…}). */
    private static final DescribedPredicate<JavaClass> HTTP_ADAPTERS =
            new DescribedPredicate<>("controllers and problem handlers (and classes inside them)") {
                @Override
                public boolean test(JavaClass c) {
                    if (c.getName().contains(".$")) {
                        return true; // bean definitions and introspections generated for the source classes
                    }
                    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
                        if (k.isAnnotatedWith(Controller.class) || k.isAssignableTo(ExceptionHandler.class)) {
                            return true;
                        }
                    }
                    return false;
                }
            };

    private static String[] featuresExcept(String... packages) {
        return FEATURES.stream().filter(f -> !List.of(packages).contains(f)).toArray(String[]::new);
    }

    @Test
    void theRulesSeeEveryFeature() {
        assertThat(FEATURES)
                .contains(
                        "org.qianshou.account..",
                        "org.qianshou.audit..",
                        "org.qianshou.demo..",
                        "org.qianshou.hours..",
                        "org.qianshou.organisation..",
                        "org.qianshou.project..",
                        "org.qianshou.region..",
                        "org.qianshou.taxonomy..",
                        "org.qianshou.volunteer..");
    }

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
                .resideInAnyPackage("org.qianshou.system..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES.toArray(String[]::new))
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
                .resideInAnyPackage(featuresExcept("org.qianshou.region..", "org.qianshou.taxonomy.."))
                .check(CLASSES);
    }

    /**
     * {@code statistics} is a read model of the whole platform: its repository reads the other features' tables with
     * SQL (plain JDBC, as {@code funding.disclosure} does, so the rule on {@code @Query} tables does not see it) and
     * writes nothing. In exchange it may know no other feature's classes, and no feature may depend on it. One
     * exception: the taxonomy's list of protected target groups ({@code ProtectedGroups}, reference data that depends on
     * nothing), which its open data binds into its SQL instead of keeping a copy.
     */
    @Test
    void theStatisticsReadModelStandsApart() {
        noClasses()
                .that()
                .resideInAPackage("org.qianshou.statistics..")
                .should()
                .dependOnClassesThat(
                        JavaClass.Predicates.resideInAnyPackage(featuresExcept("org.qianshou.statistics.."))
                                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(ProtectedGroups.class))))
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage(featuresExcept("org.qianshou.statistics.."))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.qianshou.statistics..")
                .check(CLASSES);
    }

    @Test
    void theSystemPackageDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.qianshou.system..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES.toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void servicesDoNotUseHttp() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micronaut.http..")
                .because("HTTP belongs to controllers; a service is called from controllers, workers and commands")
                .check(CLASSES);
    }

    @Test
    void withinAFeatureOnlyControllersAndProblemHandlersUseHttp() {
        noClasses()
                .that()
                .resideInAnyPackage(FEATURES.toArray(String[]::new))
                .and(DescribedPredicate.not(HTTP_ADAPTERS))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micronaut.http..")
                .because("a feature's services, repositories and views do not know HTTP: controllers translate"
                        + " requests, problem handlers translate exceptions")
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

    /** Classes the framework generates for the source classes ({@code $…}): they follow their source class. */
    private static final DescribedPredicate<JavaClass> GENERATED =
            new DescribedPredicate<>("generated by the framework") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getName().contains(".$") || c.getSimpleName().startsWith("$");
                }
            };

    @Test
    void onlyRepositoriesTalkToTheDatabase() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and(DescribedPredicate.not(GENERATED))
                .and()
                .resideInAnyPackage(FEATURES.toArray(String[]::new))
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("java.sql..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(SQLException.class)))
                        .as("are JDBC (other than reading an SQLException)"))
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DataSource.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .because("SQL lives in a feature's *Repository classes")
                .check(CLASSES);
    }

    @Test
    void aFeaturesQueriesNameOnlyItsOwnTables() {
        // Which package owns a table: the one whose entity maps it.
        Map<String, String> owners = new HashMap<>();
        for (JavaClass c : CLASSES) {
            c.tryGetAnnotationOfType(MappedEntity.class).ifPresent(m -> {
                String table = m.value().isEmpty() ? c.getSimpleName().toLowerCase(Locale.ROOT) : m.value();
                owners.merge(table, topPackage(c), (a, b) -> a.equals(b) ? a : a + "+" + b);
            });
        }
        assertThat(owners)
                .as("each table is mapped by one package")
                .allSatisfy((table, owner) -> assertThat(owner).as(table).doesNotContain("+"));
        List<String> foreign = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            String feature = topPackage(c);
            for (JavaMethod method : c.getMethods()) {
                method.tryGetAnnotationOfType(Query.class)
                        .ifPresent(q -> owners.forEach((table, owner) -> {
                            if (!owner.equals(feature)
                                    && Pattern.compile("\\b" + Pattern.quote(table) + "\\b")
                                            .matcher(q.value())
                                            .find()) {
                                foreign.add(
                                        c.getName() + "." + method.getName() + " names " + table + " (" + owner + ")");
                            }
                        }));
            }
        }
        assertThat(foreign)
                .as("a feature uses another's tables through its service")
                .isEmpty();
    }

    private static String topPackage(JavaClass c) {
        String rest = c.getPackageName().startsWith("org.qianshou.")
                ? c.getPackageName().substring("org.qianshou.".length())
                : "";
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }
}

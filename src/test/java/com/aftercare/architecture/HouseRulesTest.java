package com.aftercare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the house is, as rules the build checks (STYLE.md, "The shape of the house"): the policy core is plain
 * Java, and a web layer reaches another module only through its published API.
 */
@DisplayName("The rules of the house")
class HouseRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftercare");

    private static final String[] POLICY_CORE = {"com.aftercare.policy", "com.aftercare.policy.returns..",
            "com.aftercare.policy.delivery..", "com.aftercare.policy.warranty.."};

    @Test
    @DisplayName("the policy's rules import no Spring, no JDBC and no persistence")
    void policyCoreHasNoFramework() {
        noClasses().that().resideInAnyPackage(POLICY_CORE).and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "jakarta.servlet..", "tools.jackson..")
                .because("the rules are facts in, verdict out: fast, table-testable, usable from any face of the service")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("the policy's rules never read the clock: every moment is an argument")
    void policyCoreReadsNoClock() {
        noClasses().that().resideInAnyPackage(POLICY_CORE)
                .should().callMethodWhere(readsTheClock())
                .because("time is an input (STYLE.md): a rule that reads the clock cannot be tested at day 14 and day 15")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("a web layer uses no internal package of another module")
    void webLayersUsePublishedApis() {
        classes().that().resideInAnyPackage("com.aftercare.*.web..", "com.aftercare.backoffice..", "com.aftercare.portal..")
                .should(new ArchCondition<>("depend on no other module's internal package") {
                    @Override
                    public void check(JavaClass web, ConditionEvents events) {
                        String own = moduleOf(web.getPackageName());
                        web.getDirectDependenciesFromSelf().forEach(dependency -> {
                            String target = dependency.getTargetClass().getPackageName();
                            if (target.matches("com\\.aftercare\\.[a-z]+\\.internal(\\..*)?") && !moduleOf(target).equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("the pages and other modules see the cases module only through its root package")
    void casesIsReachedThroughItsApi() {
        noClasses().that().resideOutsideOfPackage("com.aftercare.cases..")
                .should().dependOnClassesThat().resideInAPackage("com.aftercare.cases.*..")
                .because("the root package (Cases, the commands, the views, the queries) is the module's API; its rooms may move")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("no case family imports another, and the shared core imports none")
    void familiesStandAlone() {
        String[] families = {"returns", "delivery", "warranty"};
        for (String family : families) {
            String[] others = java.util.Arrays.stream(families).filter(other -> !other.equals(family))
                    .map(other -> "com.aftercare.cases." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("com.aftercare.cases." + family + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("what two families share sits in cases.core")
                    .check(PRODUCTION);
        }
        noClasses().that().resideInAnyPackage("com.aftercare.cases.core..", "com.aftercare.cases.attachments..",
                        "com.aftercare.cases.queries..")
                .should().dependOnClassesThat().resideInAnyPackage("com.aftercare.cases.returns..", "com.aftercare.cases.delivery..",
                        "com.aftercare.cases.warranty..")
                .because("the core asks a case's family (CaseFamily) instead of naming it")
                .check(PRODUCTION);
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheClock() {
        return DescribedPredicate.describe("reads the clock", access -> {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return (name.equals("now") && owner.startsWith("java.time."))
                    || (owner.equals("java.time.Clock") && name.startsWith("system"))
                    || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        });
    }

    private static final Pattern MODULE = Pattern.compile("com\\.aftercare\\.([a-z]+).*");

    private static String moduleOf(String packageName) {
        Matcher matcher = MODULE.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : "";
    }
}

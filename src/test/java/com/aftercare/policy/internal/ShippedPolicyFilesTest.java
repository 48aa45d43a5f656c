package com.aftercare.policy.internal;

import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.aftercare.calendar.DayCount;
import com.aftercare.policy.BankWindow;
import com.aftercare.policy.Clause;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.EntitlementThresholds;
import com.aftercare.policy.NotificationChannel;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.ProductCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The policy files the service ships")
class ShippedPolicyFilesTest {

    /** Every clause id of POLICY.md, in its order, written out so the test does not depend on it. */
    static final List<String> POLICY_MD_CLAUSES = List.of(
            "STORE-1", "PAY-1", "PAY-2", "PAY-3",
            "RET-1", "RET-2", "RET-3", "RET-4", "RET-5", "RET-6",
            "GEN-1", "GEN-2", "GEN-3", "GEN-4", "GEN-5",
            "DLV-1", "DLV-2", "DLV-3", "DLV-4", "DLV-5", "DLV-6",
            "WAR-1", "WAR-2", "WAR-3", "WAR-4", "WAR-5", "WAR-6", "WAR-7", "WAR-8", "WAR-9",
            "EXC-1", "EXC-2", "EXC-3", "EXC-4", "EXC-5", "EXC-6", "EXC-7", "EXC-8",
            "CARE-1");

    private static final PolicyBook BOOK = ShippedPolicyFiles.book();

    static Stream<PolicyVersion> versions() {
        return BOOK.versions().stream();
    }

    @Test
    void there_are_two_versions_oldest_first() {
        assertThat(BOOK.versions()).extracting(PolicyVersion::effectiveFrom)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(BOOK.versions()).extracting(PolicyVersion::version).containsExactly("2024.1", "2026.1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void every_clause_of_policy_md_in_its_order(PolicyVersion version) {
        assertThat(version.clauses()).extracting(c -> c.id().value()).containsExactlyElementsOf(POLICY_MD_CLAUSES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void every_clause_has_a_turkish_title_and_text_that_is_not_the_english_one(PolicyVersion version) {
        for (Clause clause : version.clauses()) {
            assertThat(clause.title().tr()).as(clause.id() + " title").isNotBlank().isNotEqualTo(clause.title().en());
            assertThat(clause.text().tr()).as(clause.id() + " text").isNotBlank().isNotEqualTo(clause.text().en());
            assertThat(clause.text().tr()).as(clause.id() + " is Turkish")
                    .containsPattern("[çğıöşüÇĞİÖŞÜ]|\\b(ve|veya|garanti|iade)\\b");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void the_store_contact_is_demo_data_only(PolicyVersion version) {
        assertThat(version.store().email()).isEqualTo("service@example.com");
        assertThat(version.store().phone()).isEqualTo("0555 000 00 00");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void a_period_in_a_clause_text_is_the_number_its_parameter_sets(PolicyVersion version) {
        assertMentions(version, "RET-1", version.returnWindow().length());
        assertMentions(version, "RET-6", version.refundDeadline().length());
        assertMentions(version, "DLV-3", version.replacementDeadline().length());
        assertMentions(version, "WAR-4", version.repairMaximum().length());
        assertMentions(version, "WAR-5", version.loanerAfter().length());
        assertMentions(version, "WAR-1", version.warrantyMonths());
        assertMentions(version, "PAY-1", version.installments().maxInstallments());
        assertMentions(version, "PAY-3", version.bankWindow().latest());
    }

    private static void assertMentions(PolicyVersion version, String clause, int number) {
        Clause stated = version.clause(ClauseId.of(clause)).orElseThrow();
        assertThat(stated.text().en()).as(clause + " en").containsPattern("\\b" + number + "\\b");
        assertThat(stated.text().tr()).as(clause + " tr").containsPattern("\\b" + number + "\\b");
    }

    @Nested
    @DisplayName("parameters of the first version (2024-01-01)")
    class Parameters {

        private final PolicyVersion version = BOOK.versions().getFirst();

        @Test
        void periods_with_their_conventions() {
            assertThat(version.returnWindow()).isEqualTo(new Period(14, DayCount.DAYS));
            assertThat(version.refundDeadline()).isEqualTo(new Period(14, DayCount.DAYS));
            assertThat(version.replacementDeadline()).isEqualTo(new Period(14, DayCount.WORKING));
            assertThat(version.repairMaximum()).isEqualTo(new Period(20, DayCount.WORKING));
            assertThat(version.loanerAfter()).isEqualTo(new Period(10, DayCount.WORKING));
            assertThat(version.bankWindow()).isEqualTo(new BankWindow(2, 10, DayCount.BANK));
        }

        @Test
        void warranty_and_entitlement_thresholds() {
            assertThat(version.warrantyMonths()).isEqualTo(24);
            assertThat(version.entitlementThresholds()).isEqualTo(new EntitlementThresholds(4, 12, 6, 2, 4, 6));
        }

        @Test
        void installments() {
            assertThat(version.installments().maxInstallments()).isEqualTo(12);
            assertThat(version.installments().isRestricted("world")).isTrue();
            assertThat(version.installments().allowedFor("WORLD")).containsExactly(1, 2, 3, 6);
            assertThat(version.installments().allowedFor("BONUS")).hasSize(12);
        }

        @Test
        void categories_carriers_and_channels() {
            assertThat(version.electronics()).containsExactlyInAnyOrder(ProductCategory.SMART_WATCH, ProductCategory.HEADPHONES);
            assertThat(version.hygieneCategories()).containsExactly(ProductCategory.HEADPHONES);
            assertThat(version.neverReturnable()).containsExactly(ProductCategory.CHARGER);
            assertThat(version.contractedCarriers()).containsExactly("Yurtiçi Kargo", "Aras Kargo");
            assertThat(version.parameters().isContractedCarrier(" yurtiçi kargo ")).isTrue();
            assertThat(version.parameters().isContractedCarrier("MNG Kargo")).isFalse();
            assertThat(version.notificationChannels()).containsExactlyInAnyOrder(NotificationChannel.values());
        }

        @Test
        void each_clause_shows_its_parameters_in_the_catalogue_order() {
            assertThat(version.clause(ClauseId.of("RET-1")).orElseThrow().parameters())
                    .containsExactly(Map.entry("returnWindow", new Period(14, DayCount.DAYS)));
            assertThat(version.clause(ClauseId.of("WAR-8")).orElseThrow().parameters().keySet()).containsExactly(
                    "earlyFaultsAtLeast", "earlyFaultsWithinMonths", "faultsWithinWarrantyAtLeast",
                    "sameFaultMoreThan", "differentFaultsMoreThan", "totalFaultsMoreThan");
            assertThat(version.clause(ClauseId.of("RET-2")).orElseThrow().parameters()).isEmpty();
        }
    }

    @Test
    @DisplayName("the second version differs only in the World card's installments (PAY-2)")
    void the_second_version_changes_the_world_installments() {
        PolicyVersion first = BOOK.versions().get(0);
        PolicyVersion second = BOOK.versions().get(1);
        assertThat(second.installments().allowedFor("WORLD")).containsExactly(1, 2, 3);
        assertThat(second.parameters()).usingRecursiveComparison().ignoringFields("installments")
                .isEqualTo(first.parameters());
        assertThat(second.clauses()).extracting(Clause::text).isEqualTo(first.clauses().stream().map(Clause::text).toList());
    }

    @Test
    @DisplayName("the clause ids agree with ../shared/POLICY.md when it is there")
    void clause_ids_agree_with_policy_md() throws IOException {
        Path policyMd = Path.of("..", "shared", "POLICY.md");
        assumeThat(Files.isReadable(policyMd)).as("POLICY.md is next to the project").isTrue();
        Matcher rows = Pattern.compile("(?m)^\\| ([A-Z]+-[0-9]+) \\|").matcher(Files.readString(policyMd));
        List<String> ids = rows.results().map(r -> r.group(1)).toList();
        // The statutory floor (LAW-*) is the law's, kept in a file of its own beside the store's versions; the store's
        // files hold exactly the store's clauses.
        assertThat(ids.stream().filter(id -> !id.startsWith("LAW-")).toList()).containsExactlyElementsOf(POLICY_MD_CLAUSES);
    }

    @Test
    void the_floor_file_holds_policy_md_s_law_rules_and_the_clauses_each_overrides() throws IOException {
        Path policyMd = Path.of("..", "shared", "POLICY.md");
        assumeThat(Files.isReadable(policyMd)).as("POLICY.md is next to the project").isTrue();
        // | LAW-n | rule | source | overrides |: the overridden store clauses are the ids in the last column.
        Matcher rows = Pattern.compile("(?m)^\\| (LAW-[0-9]+) \\|.*\\|([^|]*)\\|\\s*$").matcher(Files.readString(policyMd));
        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        rows.results().forEach(r -> expected.put(r.group(1),
                Pattern.compile("[A-Z]+-[0-9]+").matcher(r.group(2)).results().map(m -> m.group()).toList()));
        String text = Files.readString(Path.of("src", "main", "resources", "floor", "statutory-floor.yaml"));
        var floor = StatutoryFloorParser.parse(new PolicyFileSource("statutory-floor.yaml", "test", text));
        java.util.Map<String, List<String>> shipped = new java.util.LinkedHashMap<>();
        floor.rules().forEach(r -> shipped.put(r.id().value(), r.overrides().keySet().stream().map(c -> c.value()).toList()));
        assertThat(shipped).isEqualTo(expected);
    }
}

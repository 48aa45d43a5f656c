package com.aftercare.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aftercare.policy.PolicyFileException;
import com.aftercare.policy.PolicyVersion;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of broken policy file is refused with its file name, its line and the path to the bad
 * value. The broken files are the shipped first version with one line changed, so that each case
 * shows exactly what the mistake is.
 */
@DisplayName("Reading a policy file")
class PolicyFileParserTest {

    private static final String NAME = ShippedPolicyFiles.FIRST;
    private static final String GOOD = ShippedPolicyFiles.text(NAME);

    @Test
    void the_shipped_file_is_read() {
        PolicyVersion version = PolicyFileParser.parse(new PolicyFileSource(NAME, GOOD));
        assertThat(version.version()).isEqualTo("2024.1");
        assertThat(version.clauses()).hasSize(39);
    }

    /**
     * @param broken the whole broken file
     * @param at the changed line, whose line number the message must give (its last occurrence:
     *     a duplicate is reported where it repeats); empty for a deletion
     */
    record Broken(String mistake, String broken, String at, String path, String message) {
        @Override
        public String toString() {
            return mistake;
        }
    }

    static Broken replace(String mistake, String good, String bad, String path, String message) {
        assertThat(GOOD).as("the good file has the line to break").containsOnlyOnce(good);
        String[] lines = bad.split("\n");
        return new Broken(mistake, GOOD.replace(good, bad), bad.isEmpty() ? "" : lines[lines.length - 1], path, message);
    }

    static Stream<Broken> brokenFiles() {
        return Stream.of(
                replace("a period length in words", "returnWindow: {length: 14, convention: DAYS}",
                        "returnWindow: {length: fourteen, convention: DAYS}",
                        "clauses.RET-1.parameters.returnWindow.length", "must be a whole number ≥ 1, was \"fourteen\""),
                replace("a period of zero days", "refundDeadline: {length: 14, convention: DAYS}",
                        "refundDeadline: {length: 0, convention: DAYS}",
                        "clauses.RET-6.parameters.refundDeadline.length", "must be a whole number ≥ 1, was \"0\""),
                replace("a negative warranty", "warrantyMonths: 24", "warrantyMonths: -24",
                        "clauses.WAR-1.parameters.warrantyMonths", "must be a whole number ≥ 1, was \"-24\""),
                replace("a fraction of an installment", "maxInstallments: 12", "maxInstallments: 12.5",
                        "clauses.PAY-1.parameters.maxInstallments", "must be a whole number ≥ 1, was \"12.5\""),
                replace("an unknown day count", "replacementDeadline: {length: 14, convention: WORKING}",
                        "replacementDeadline: {length: 14, convention: WEEKDAYS}",
                        "clauses.DLV-3.parameters.replacementDeadline.convention",
                        "must be one of DAYS, WORKING, BANK, was \"WEEKDAYS\""),
                replace("a bank window that ends before it starts", "bankWindow: {from: 2, to: 10, convention: BANK}",
                        "bankWindow: {from: 10, to: 2, convention: BANK}",
                        "clauses.PAY-3.parameters.bankWindow", "must not end before it starts: from 10 is after to 2"),
                replace("installments beyond PAY-1's maximum", "WORLD: [1, 2, 3, 6]", "WORLD: [1, 2, 13]",
                        "clauses.PAY-2.parameters.restrictedPrograms.WORLD[2]",
                        "must be a whole number from 1 to 12, was \"13\""),
                replace("zero installments", "WORLD: [1, 2, 3, 6]", "WORLD: [0, 1]",
                        "clauses.PAY-2.parameters.restrictedPrograms.WORLD[0]",
                        "must be a whole number from 1 to 12, was \"0\""),
                replace("a card program with no installments", "WORLD: [1, 2, 3, 6]", "WORLD: []",
                        "clauses.PAY-2.parameters.restrictedPrograms.WORLD", "must list at least one value"),
                replace("an unknown category", "electronics: [SMART_WATCH, HEADPHONES]",
                        "electronics: [SMART_WATCH, EARBUDS]", "clauses.RET-3.parameters.electronics[1]",
                        "must be one of WATCH, SMART_WATCH, HEADPHONES, CHARGER, STRAP, ACCESSORY, was \"EARBUDS\""),
                replace("a category listed twice", "neverReturnable: [CHARGER]", "neverReturnable: [CHARGER, CHARGER]",
                        "clauses.GEN-3.parameters.neverReturnable[1]", "CHARGER is listed twice"),
                replace("an unknown notification channel",
                        "notificationChannels: [PHONE, FAX, EMAIL, REGISTERED_LETTER, WEB, IN_PERSON]",
                        "notificationChannels: [PHONE, PIGEON, EMAIL, REGISTERED_LETTER, WEB, IN_PERSON]",
                        "clauses.WAR-6.parameters.notificationChannels[1]", "must be one of PHONE, FAX, EMAIL"),
                replace("carriers given as one text", "contractedCarriers: [Yurtiçi Kargo, Aras Kargo]",
                        "contractedCarriers: Yurtiçi Kargo", "clauses.GEN-5.parameters.contractedCarriers",
                        "must be a list, like [A, B], was \"Yurtiçi Kargo\""),
                replace("WAR-8 (a) counting beyond the warranty", "earlyFaultsWithinMonths: 12 ",
                        "earlyFaultsWithinMonths: 36 ", "clauses.WAR-8.parameters.earlyFaultsWithinMonths",
                        "must be a whole number from 1 to 24, was \"36\""),
                replace("a missing parameter", "      neverReturnable: [CHARGER]\n", "",
                        "clauses.GEN-3.parameters", "missing \"neverReturnable\""),
                replace("a misspelt parameter", "hygieneCategories: [HEADPHONES]", "hygieneCategory: [HEADPHONES]",
                        "clauses.GEN-3.parameters.hygieneCategory",
                        "unknown key \"hygieneCategory\"; expected one of: hygieneCategories, neverReturnable"),
                replace("an unknown key in a clause", "      en: Evaluating a return request\n",
                        "      en: Evaluating a return request\n      de: Prüfung\n",
                        "clauses.RET-2.title.de", "unknown key \"de\"; expected one of: en, tr"),
                replace("parameters on a clause that has none", "  GEN-1:\n", "  GEN-1:\n    parameters: {boxes: 1}\n",
                        "clauses.GEN-1.parameters", "unknown key \"parameters\"; expected one of: title, text"),
                replace("an unknown key at the top", "version: \"2024.1\"\n", "version: \"2024.1\"\nowner: me\n",
                        "owner", "unknown key \"owner\""),
                replace("a missing Turkish text", "      tr: Pil ömrü garanti kapsamında değildir.\n", "",
                        "clauses.EXC-1.text", "missing \"tr\""),
                replace("an empty English text", "      en: Battery life is not covered by the warranty.",
                        "      en: \"\"", "clauses.EXC-1.text.en", "must not be empty"),
                replace("an unknown clause id", "  EXC-8:\n", "  EXC-88:\n", "clauses.EXC-88",
                        "unknown clause \"EXC-88\""),
                replace("a clause id that is not one", "  CARE-1:\n", "  care:\n", "clauses.care",
                        "unknown clause \"care\""),
                replace("a clause given twice", "  WAR-9:\n", "  WAR-2:\n", "clauses.WAR-2",
                        "\"WAR-2\" is given twice"),
                replace("a bad effective date", "effectiveFrom: 2024-01-01", "effectiveFrom: 2024-13-01",
                        "effectiveFrom", "must be a day written as YYYY-MM-DD, was \"2024-13-01\""),
                replace("a store without an e-mail address", "email: service@example.com", "email: service",
                        "store.email", "must be an e-mail address, was \"service\""),
                replace("text where a mapping belongs", "store:\n  name: Demo Saat Mağazası\n"
                                + "  email: service@example.com\n  phone: \"0555 000 00 00\"\n",
                        "store: Demo Saat Mağazası\n", "store", "must be a mapping of keys to values"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void a_broken_file_is_refused_naming_the_file_the_line_and_the_path(Broken file) {
        int line = lineOf(file.broken(), file);
        assertThatThrownBy(() -> PolicyFileParser.parse(new PolicyFileSource(NAME, file.broken())))
                .isInstanceOf(PolicyFileException.class)
                .satisfies(e -> assertThat(((PolicyFileException) e).problems())
                        .anySatisfy(problem -> assertThat(problem)
                                .startsWith(NAME + " line " + line + " (" + file.path() + "): ")
                                .contains(file.message())));
    }

    /** The line of the changed text, or for a deletion the line of the key that lost a child. */
    private static int lineOf(String text, Broken file) {
        if (!file.at().isEmpty()) {
            return lineAt(text, text.lastIndexOf(file.at()));
        }
        String lastKey = file.path().substring(file.path().lastIndexOf('.') + 1) + ":";
        String parent = file.path().substring(0, file.path().lastIndexOf('.'));
        String clause = parent.substring(parent.lastIndexOf('.') + 1);
        int clauseAt = text.indexOf("  " + clause + ":\n");
        return lineAt(text, text.indexOf(lastKey, clauseAt));
    }

    private static int lineAt(String text, int index) {
        assertThat(index).as("the line is in the file").isNotNegative();
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Nested
    @DisplayName("beyond one bad value")
    class Whole {

        @Test
        void every_problem_of_a_file_is_reported_at_once() {
            String broken = GOOD.replace("warrantyMonths: 24", "warrantyMonths: two years")
                    .replace("  CARE-1:\n", "  CARE-2:\n")
                    .replace("convention: WORKING}", "convention: workdays}");
            PolicyFileException refused = catchThrowableOfType(PolicyFileException.class,
                    () -> PolicyFileParser.parse(new PolicyFileSource(NAME, broken)));
            assertThat(refused.problems()).hasSize(6) // warranty, CARE-2 unknown, CARE-1 missing, 3 conventions
                    .allSatisfy(problem -> assertThat(problem).matches(NAME + " line \\d+ \\(.+\\): .+"));
            assertThat(refused.getMessage()).startsWith("The policy files have 6 problems:")
                    .contains("clauses.WAR-1.parameters.warrantyMonths", "missing clause \"CARE-1\"",
                            "unknown clause \"CARE-2\"", "clauses.WAR-4.parameters.repairMaximum.convention");
        }

        @Test
        void a_file_not_named_after_its_effective_date() {
            assertThatThrownBy(() -> PolicyFileParser.parse(new PolicyFileSource("2024-02-01.yaml", GOOD)))
                    .hasMessageContaining("2024-02-01.yaml line " + lineAt(GOOD, GOOD.indexOf("effectiveFrom:"))
                            + " (effectiveFrom): the file takes effect on 2024-01-01 but is named 2024-02-01.yaml");
        }

        @Test
        void a_missing_clause_is_named_at_the_clauses_key() {
            String broken = GOOD.substring(0, GOOD.indexOf("  CARE-1:\n"));
            assertThatThrownBy(() -> PolicyFileParser.parse(new PolicyFileSource(NAME, broken)))
                    .isInstanceOf(PolicyFileException.class)
                    .hasMessageContaining(NAME + " line " + lineAt(GOOD, GOOD.indexOf("clauses:"))
                            + " (clauses): missing clause \"CARE-1\"");
        }

        @Test
        void text_that_is_not_yaml() {
            String broken = GOOD.replace("WORLD: [1, 2, 3, 6]", "WORLD: [1, 2, 3, 6");
            assertThatThrownBy(() -> PolicyFileParser.parse(new PolicyFileSource(NAME, broken)))
                    .isInstanceOf(PolicyFileException.class)
                    .hasMessageContaining(NAME + " line ")
                    .hasMessageContaining(": not valid YAML: ")
                    .hasMessageContaining("flow sequence that starts on line " + lineAt(broken, broken.indexOf("WORLD:")));
        }

        @Test
        void an_empty_file() {
            assertThatThrownBy(() -> PolicyFileParser.parse(new PolicyFileSource(NAME, "# nothing yet\n")))
                    .isInstanceOf(PolicyFileException.class)
                    .hasMessageContaining(NAME + " line 1: the file is empty");
        }
    }
}

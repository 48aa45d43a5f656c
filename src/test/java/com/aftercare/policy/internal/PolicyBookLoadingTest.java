package com.aftercare.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayName("Loading the policy book at start-up")
class PolicyBookLoadingTest {

    private static final String FIRST = ShippedPolicyFiles.text(ShippedPolicyFiles.FIRST);
    private static final String SECOND = ShippedPolicyFiles.text(ShippedPolicyFiles.SECOND);

    @Nested
    @DisplayName("from a set of files")
    class FromFiles {

        @Test
        void no_files_at_all_is_refused() {
            assertThatThrownBy(() -> PolicyBookLoader.load(List.of(), "file:/nowhere/*.yaml"))
                    .isInstanceOf(PolicyFileException.class)
                    .hasMessageContaining("no policy files (*.yaml) found at file:/nowhere/*.yaml");
        }

        @Test
        void two_files_for_one_effective_date_are_refused() {
            List<PolicyFileSource> files = List.of(
                    new PolicyFileSource("2024-01-01.yaml", "classpath:policy/2024-01-01.yaml", FIRST),
                    new PolicyFileSource("2024-01-01.yaml", "file:/etc/aftercare/policy/2024-01-01.yaml",
                            FIRST.replace("version: \"2024.1\"", "version: \"2024.1-copy\"")));
            assertThatThrownBy(() -> PolicyBookLoader.load(files, "somewhere"))
                    .isInstanceOf(PolicyFileException.class)
                    .hasMessageContaining("classpath:policy/2024-01-01.yaml and file:/etc/aftercare/policy/2024-01-01.yaml"
                            + " take effect on 2024-01-01");
        }

        @Test
        void two_files_calling_themselves_the_same_version_are_refused() {
            List<PolicyFileSource> files = List.of(new PolicyFileSource("2024-01-01.yaml", FIRST),
                    new PolicyFileSource("2026-01-01.yaml", SECOND.replace("\"2026.1\"", "\"2024.1\"")));
            assertThatThrownBy(() -> PolicyBookLoader.load(files, "somewhere"))
                    .hasMessageContaining("2024-01-01.yaml and 2026-01-01.yaml both call themselves version 2024.1");
        }

        @Test
        void the_problems_of_every_file_are_reported_together() {
            List<PolicyFileSource> files = List.of(
                    new PolicyFileSource("2024-01-01.yaml", FIRST.replace("maxInstallments: 12", "maxInstallments: x")),
                    new PolicyFileSource("2026-01-01.yaml", SECOND.replace("warrantyMonths: 24", "warrantyMonths: 0")));
            assertThatThrownBy(() -> PolicyBookLoader.load(files, "somewhere"))
                    .isInstanceOfSatisfying(PolicyFileException.class, refused -> assertThat(refused.problems())
                            .hasSize(2)
                            .anySatisfy(p -> assertThat(p).startsWith("2024-01-01.yaml line "))
                            .anySatisfy(p -> assertThat(p).startsWith("2026-01-01.yaml line ")));
        }

        @Test
        void files_in_any_order_make_a_book_oldest_first() {
            PolicyBook book = PolicyBookLoader.load(List.of(new PolicyFileSource("2026-01-01.yaml", SECOND),
                    new PolicyFileSource("2024-01-01.yaml", FIRST)), "somewhere");
            assertThat(book.versions()).extracting(v -> v.version()).containsExactly("2024.1", "2026.1");
        }
    }

    @Nested
    @DisplayName("in the application context")
    class InTheContext {

        private final ApplicationContextRunner context = new ApplicationContextRunner()
                .withUserConfiguration(PolicyBookConfiguration.class);

        @Test
        void by_default_from_the_classpath() {
            context.run(started -> assertThat(started.getBean(PolicyBook.class).versions()).hasSize(2));
        }

        @Test
        void from_a_directory_a_store_ships_without_a_rebuild(@TempDir Path directory) throws IOException {
            Files.writeString(directory.resolve("2026-01-01.yaml"), SECOND);
            Files.writeString(directory.resolve("notes.txt"), "not a policy file");
            context.withPropertyValues("aftercare.policy.location=" + directory.toUri())
                    .run(started -> assertThat(started.getBean(PolicyBook.class).versions())
                            .extracting(v -> v.version()).containsExactly("2026.1"));
        }

        @Test
        void a_bad_file_stops_the_start(@TempDir Path directory) throws IOException {
            Files.writeString(directory.resolve("2026-01-01.yaml"), SECOND.replace("convention: BANK", "convention: bank"));
            context.withPropertyValues("aftercare.policy.location=" + directory.toUri())
                    .run(started -> assertThat(started).hasFailed().getFailure()
                            .rootCause().isInstanceOf(PolicyFileException.class)
                            .hasMessageContaining("2026-01-01.yaml line ")
                            .hasMessageContaining("(clauses.PAY-3.parameters.bankWindow.convention): must be one of"));
        }

        @Test
        void an_empty_directory_stops_the_start(@TempDir Path directory) {
            context.withPropertyValues("aftercare.policy.location=" + directory.toUri())
                    .run(started -> assertThat(started).hasFailed().getFailure()
                            .rootCause().hasMessageContaining("no policy files"));
        }
    }

    @Test
    void a_location_without_a_wildcard_is_a_directory() {
        assertThat(PolicyBookConfiguration.asPattern("file:/etc/aftercare/policy/"))
                .isEqualTo("file:/etc/aftercare/policy/*.yaml");
        assertThat(PolicyBookConfiguration.asPattern("classpath:policy/2026-*.yaml"))
                .isEqualTo("classpath:policy/2026-*.yaml");
    }
}

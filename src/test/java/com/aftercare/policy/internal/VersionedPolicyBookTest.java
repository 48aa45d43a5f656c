package com.aftercare.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.policy.PolicyBook;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Choosing the policy version in force on a day")
class VersionedPolicyBookTest {

    private final PolicyBook book = ShippedPolicyFiles.book();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2023-12-31, 2024.1",   // before the oldest file: the oldest one still judges it
            "1999-05-01, 2024.1",
            "2024-01-01, 2024.1",   // the first version's own first day
            "2025-06-01, 2024.1",
            "2025-12-31, 2024.1",   // the day before the new version
            "2026-01-01, 2026.1",   // the new version's first day
            "2026-05-13, 2026.1",
            "2099-01-01, 2026.1"})
    void the_latest_version_not_after_the_day(LocalDate day, String expected) {
        assertThat(book.inForceOn(day).version()).isEqualTo(expected);
    }
}

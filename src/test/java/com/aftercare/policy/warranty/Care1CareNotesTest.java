package com.aftercare.policy.warranty;

import static com.aftercare.policy.warranty.WarrantyFixture.POLICY;
import static com.aftercare.policy.warranty.WarrantyFixture.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CARE-1: a waterproof watch's warranty answer carries its care notes")
class Care1CareNotesTest {

    @Test
    void a_waterproof_watch_cites_care_1() {
        assertThat(CareNotes.toCite(true)).isEqualTo(ids("CARE-1"));
    }

    @Test
    void a_watch_that_is_not_waterproof_cites_nothing() {
        assertThat(CareNotes.toCite(false)).isEmpty();
    }

    @Test
    void the_notes_show_in_the_readers_language_from_the_policy_file() {
        assertThat(POLICY.cite(CareNotes.toCite(true), Locale.ENGLISH).getFirst().text())
                .contains("leather strap").contains("swimming");
        assertThat(POLICY.cite(CareNotes.toCite(true), Locale.of("tr")).getFirst().text())
                .contains("Deri kayışlı");
    }
}

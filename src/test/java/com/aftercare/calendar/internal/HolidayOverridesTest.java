package com.aftercare.calendar.internal;

import com.aftercare.calendar.Holiday;
import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.TurkishCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The holiday override file")
class HolidayOverridesTest {

    @Test
    @DisplayName("shipped with the service loads and leaves the computed calendar as it is")
    void shippedFile() {
        HolidayOverrides shipped = HolidayOverridesLoader.fromClasspath(TurkishHolidaySchedule.SHIPPED_OVERRIDES);

        assertThat(shipped.moves()).isEmpty();
        assertThat(shipped.additions()).isEmpty();
        assertThat(shipped.removals()).isEmpty();
        assertThat(new TurkishHolidaySchedule(shipped).holidaysIn(2026))
                .isEqualTo(new TurkishHolidaySchedule(HolidayOverrides.NONE).holidaysIn(2026));
    }

    @Test
    @DisplayName("may be empty or hold only comments")
    void emptyFile() {
        HolidayOverrides overrides = HolidayOverridesLoader.load("empty.yaml", new StringReader("# nothing\n"));

        assertThat(overrides.moves()).isEmpty();
    }

    @Nested
    @DisplayName("with a move, additions and a removal")
    class Corrections {

        private final TurkishCalendar calendar = new TurkishCalendar(new TurkishHolidaySchedule(
                HolidayOverridesLoader.fromClasspath("calendar/overrides-move-add-remove.yaml")));

        @Test
        @DisplayName("moves a bayram with its eve and all its days")
        void movesBayram() {
            assertThat(datesOf(calendar.holidaysBetween(of(2026, 5, 20), of(2026, 6, 5))))
                    .containsExactly(of(2026, 5, 27), of(2026, 5, 28), of(2026, 5, 29), of(2026, 5, 30),
                            of(2026, 5, 31));
            assertThat(calendar.isHalfDayEve(of(2026, 5, 27))).isTrue();
            assertThat(calendar.isHoliday(of(2026, 5, 31))).isTrue();
            // 27 May is now the eve, whose morning is worked: a period ending that day stays.
            assertThat(calendar.periodEnd(of(2026, 5, 13), 14)).isEqualTo(of(2026, 5, 27));
            assertThat(calendar.periodEnd(of(2026, 5, 14), 14)).isEqualTo(of(2026, 6, 1));
        }

        @Test
        @DisplayName("adds a yearly holiday only from its first year")
        void addsYearly() {
            assertThat(calendar.isHoliday(of(2026, 6, 15))).isFalse();
            assertThat(calendar.isHoliday(of(2027, 6, 15))).isTrue();
            assertThat(calendar.isHoliday(of(2040, 6, 15))).isTrue();
        }

        @Test
        @DisplayName("adds a one-off span, across New Year")
        void addsSpan() {
            assertThat(calendar.isHoliday(of(2026, 12, 31))).isTrue();
            assertThat(calendar.isHoliday(of(2027, 1, 2))).isTrue();
            assertThat(calendar.isHoliday(of(2027, 1, 3))).isFalse();
            assertThat(calendar.holidaysOn(of(2027, 1, 1))).hasSize(2);
        }

        @Test
        @DisplayName("adds a half-day eve that no count skips")
        void addsEve() {
            assertThat(calendar.isHalfDayEve(of(2026, 11, 9))).isTrue();
            assertThat(calendar.isWorkingDay(of(2026, 11, 9))).isTrue();
            assertThat(calendar.holidaysOn(of(2026, 11, 9))).singleElement()
                    .extracting(Holiday::kind).isEqualTo(HolidayKind.NATIONAL_EVE);
        }

        @Test
        @DisplayName("removes a computed day")
        void removes() {
            assertThat(calendar.holidaysOn(of(2026, 5, 19))).isEmpty();
            assertThat(calendar.isHoliday(of(2027, 5, 19))).isTrue();
        }
    }

    @Nested
    @DisplayName("when wrong, is refused naming the file and each bad entry")
    class Refused {

        @Test
        void listsEveryProblem() {
            assertThatThrownBy(() -> HolidayOverridesLoader.fromClasspath("calendar/overrides-bad.yaml"))
                    .isInstanceOf(InvalidHolidayOverridesException.class)
                    .hasMessageContaining("'calendar/overrides-bad.yaml'")
                    .hasMessageContaining("move entry #1 (line 2): no computed Kurban Bayramı (Feast of Sacrifice) "
                            + "starts within 3 days of 2026-06-20")
                    .hasMessageContaining("move entry #2 (line 4): 'bayram' must be one of [RAMAZAN, KURBAN], not 'SEKER'")
                    .hasMessageContaining("add entry #1 (line 7), field 'name': 'tr' is missing")
                    .hasMessageContaining("add entry #2 (line 9): 'date' must be a date written yyyy-MM-dd")
                    .hasMessageContaining("add entry #3 (line 11): unknown field 'colour'")
                    .hasMessageContaining("add entry #3 (line 11): give either 'date'")
                    .hasMessageContaining("remove entry #1 (line 16): unknown field 'day'")
                    .hasMessageContaining("remove entry #1 (line 16): 'date' is missing");
        }

        @Test
        void sectionsMustBeLists() {
            assertThatThrownBy(() -> HolidayOverridesLoader.fromClasspath("calendar/overrides-not-a-list.yaml"))
                    .hasMessageContaining("'calendar/overrides-not-a-list.yaml'")
                    .hasMessageContaining("section 'move' must be a list")
                    .hasMessageContaining("unknown section 'holidays'");
        }

        @Test
        void brokenYaml() {
            assertThatThrownBy(() -> HolidayOverridesLoader.fromClasspath("calendar/overrides-broken-yaml.yaml"))
                    .isInstanceOf(InvalidHolidayOverridesException.class)
                    .hasMessageContaining("'calendar/overrides-broken-yaml.yaml'")
                    .hasMessageContaining("not valid YAML");
        }

        @Test
        void missingFile() {
            assertThatThrownBy(() -> HolidayOverridesLoader.fromClasspath("calendar/no-such-file.yaml"))
                    .hasMessageContaining("'calendar/no-such-file.yaml'")
                    .hasMessageContaining("not found");
        }
    }

    private static List<LocalDate> datesOf(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).toList();
    }
}

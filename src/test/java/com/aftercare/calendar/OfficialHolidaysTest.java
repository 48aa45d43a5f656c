package com.aftercare.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("Turkey's official holidays, computed")
class OfficialHolidaysTest {

    private final TurkishCalendar calendar = TurkishCalendar.official();

    /**
     * The official lists (Law 2429; bayram dates as announced by Diyanet and the Presidency), every full day and
     * every half-day eve. Typed here only to check the computation, which has no year in it.
     */
    static Stream<Arguments> officialLists() {
        return Stream.of(
                Arguments.of(2024,
                        List.of(of(2024, 1, 1), of(2024, 4, 10), of(2024, 4, 11), of(2024, 4, 12), of(2024, 4, 23),
                                of(2024, 5, 1), of(2024, 5, 19), of(2024, 6, 16), of(2024, 6, 17), of(2024, 6, 18),
                                of(2024, 6, 19), of(2024, 7, 15), of(2024, 8, 30), of(2024, 10, 29)),
                        List.of(of(2024, 4, 9), of(2024, 6, 15), of(2024, 10, 28))),
                Arguments.of(2025,
                        List.of(of(2025, 1, 1), of(2025, 3, 30), of(2025, 3, 31), of(2025, 4, 1), of(2025, 4, 23),
                                of(2025, 5, 1), of(2025, 5, 19), of(2025, 6, 6), of(2025, 6, 7), of(2025, 6, 8),
                                of(2025, 6, 9), of(2025, 7, 15), of(2025, 8, 30), of(2025, 10, 29)),
                        List.of(of(2025, 3, 29), of(2025, 6, 5), of(2025, 10, 28))),
                Arguments.of(2026,
                        List.of(of(2026, 1, 1), of(2026, 3, 20), of(2026, 3, 21), of(2026, 3, 22), of(2026, 4, 23),
                                of(2026, 5, 1), of(2026, 5, 19), of(2026, 5, 27), of(2026, 5, 28), of(2026, 5, 29),
                                of(2026, 5, 30), of(2026, 7, 15), of(2026, 8, 30), of(2026, 10, 29)),
                        List.of(of(2026, 3, 19), of(2026, 5, 26), of(2026, 10, 28))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialLists")
    @DisplayName("match the official list exactly: full days and half-day eves")
    void matchOfficialList(int year, List<LocalDate> fullDays, List<LocalDate> eves) {
        List<Holiday> holidays = calendar.holidaysIn(year);

        assertThat(holidays.stream().filter(Holiday::fullDay).map(Holiday::date))
                .containsExactlyElementsOf(fullDays);
        assertThat(holidays.stream().filter(Holiday::halfDay).map(Holiday::date))
                .containsExactlyElementsOf(eves);
    }

    @Test
    @DisplayName("name each day in English and Turkish and tell its kind")
    void namesAndKinds() {
        assertThat(calendar.holidaysOn(of(2026, 5, 28))).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo(new HolidayName("Feast of Sacrifice, day 2", "Kurban Bayramı 2. gün"));
            assertThat(h.kind()).isEqualTo(HolidayKind.RELIGIOUS);
        });
        assertThat(calendar.holidaysOn(of(2026, 3, 19))).singleElement().satisfies(h -> {
            assertThat(h.name().tr()).isEqualTo("Ramazan Bayramı Arifesi (öğleden sonra)");
            assertThat(h.kind()).isEqualTo(HolidayKind.RELIGIOUS_EVE);
            assertThat(h.halfDay()).isTrue();
        });
        assertThat(calendar.holidaysOn(of(2026, 10, 28))).singleElement()
                .extracting(Holiday::kind).isEqualTo(HolidayKind.NATIONAL_EVE);
        assertThat(calendar.holidaysOn(of(2026, 7, 15))).singleElement()
                .extracting(h -> h.name().tr()).isEqualTo("Demokrasi ve Milli Birlik Günü");
    }

    @Test
    @DisplayName("tell a full holiday from a half-day eve")
    void holidayVersusEve() {
        assertThat(calendar.isHoliday(of(2026, 5, 27))).isTrue();
        assertThat(calendar.isHalfDayEve(of(2026, 5, 27))).isFalse();
        assertThat(calendar.isHoliday(of(2026, 5, 26))).isFalse();
        assertThat(calendar.isHalfDayEve(of(2026, 5, 26))).isTrue();
        assertThat(calendar.isHoliday(of(2026, 5, 25))).isFalse();
        assertThat(calendar.isHalfDayEve(of(2026, 5, 25))).isFalse();
    }

    @Nested
    @DisplayName("in other years")
    class OtherYears {

        @Test
        @DisplayName("Democracy and National Unity Day exists only from 2017")
        void fifteenthOfJulyFrom2017() {
            assertThat(calendar.isHoliday(of(2016, 7, 15))).isFalse();
            assertThat(calendar.isHoliday(of(2017, 7, 15))).isTrue();
        }

        @Test
        @DisplayName("2035's Ramazan Bayramı is computed: 1–3 December, eve 30 November")
        void farYear() {
            List<Holiday> ramazan = calendar.holidaysIn(2035).stream()
                    .filter(h -> h.name().tr().startsWith("Ramazan")).toList();

            assertThat(ramazan).extracting(Holiday::date)
                    .containsExactly(of(2035, 11, 30), of(2035, 12, 1), of(2035, 12, 2), of(2035, 12, 3));
            assertThat(ramazan.getFirst().halfDay()).isTrue();
        }

        @Test
        @DisplayName("a year with two Ramazan Bayramı (2033) holds both")
        void twoBayramsInOneYear() {
            assertThat(calendar.holidaysIn(2033).stream()
                    .filter(h -> h.name().tr().equals("Ramazan Bayramı 1. gün")).map(Holiday::date))
                    .containsExactly(of(2033, 1, 3), of(2033, 12, 23));
        }

        @Test
        @DisplayName("a bayram overlapping a national day keeps both names (23 April 2023)")
        void overlap() {
            assertThat(calendar.holidaysOn(of(2023, 4, 23))).extracting(h -> h.name().tr())
                    .containsExactlyInAnyOrder("Ulusal Egemenlik ve Çocuk Bayramı", "Ramazan Bayramı 3. gün");
        }

        @Test
        @DisplayName("years outside the computed range are refused, not guessed")
        void outOfRange() {
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.holidaysIn(2171))
                    .withMessageContaining("2171");
        }
    }

    @Test
    @DisplayName("agree with Jollyday's Turkey file on every day it knows, 2017–2150")
    void agreeWithJollyday() {
        HolidayManager jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.TURKEY));

        IntStream.rangeClosed(2017, 2150).forEach(year -> {
            Set<LocalDate> ours = calendar.holidaysIn(year).stream()
                    .filter(Holiday::fullDay).map(Holiday::date).collect(Collectors.toSet());
            Set<LocalDate> theirs = jollyday.getHolidays(Year.of(year)).stream()
                    .map(de.focus_shift.jollyday.core.Holiday::getDate).collect(Collectors.toSet());
            assertThat(ours).as("full holidays of %d", year).containsAll(theirs);
        });
    }

    @Test
    @DisplayName("can be read from many threads at once")
    void threadSafe() {
        TurkishCalendar fresh = TurkishCalendar.official();
        List<Integer> counts = IntStream.range(0, 400).parallel()
                .mapToObj(i -> fresh.holidaysIn(2020 + i % 20).size()).toList();

        assertThat(counts).allSatisfy(count -> assertThat(count).isBetween(17, 22));
        assertThat(fresh.holidaysIn(2026)).isEqualTo(calendar.holidaysIn(2026));
    }
}

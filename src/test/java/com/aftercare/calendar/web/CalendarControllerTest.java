package com.aftercare.calendar.web;

import com.aftercare.calendar.internal.CalendarConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CalendarController.class)
@Import(CalendarConfiguration.class)
@WithMockUser(roles = "AGENT")
@DisplayName("GET /api/v1/calendar")
class CalendarControllerTest {

    @Autowired
    private MockMvc mvc;

    @Nested
    @DisplayName("/holidays")
    class Holidays {

        @Test
        @DisplayName("lists the year's full days and half-day eves with both names")
        void listsYear() throws Exception {
            mvc.perform(get("/api/v1/calendar/holidays").param("year", "2026"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.year").value(2026))
                    .andExpect(jsonPath("$.holidays", hasSize(17)))
                    .andExpect(jsonPath("$.holidays[0].date").value("2026-01-01"))
                    .andExpect(jsonPath("$.holidays[0].name.tr").value("Yılbaşı"))
                    .andExpect(jsonPath("$.holidays[0].halfDay").value(false))
                    .andExpect(jsonPath("$.holidays[1].date").value("2026-03-19"))
                    .andExpect(jsonPath("$.holidays[1].name.en").value("Ramadan Feast Eve (afternoon)"))
                    .andExpect(jsonPath("$.holidays[1].halfDay").value(true))
                    .andExpect(jsonPath("$.holidays[1].kind").value("RELIGIOUS_EVE"));
        }

        @ParameterizedTest(name = "year={0}")
        @CsvSource({"1949", "2151", "-5"})
        @DisplayName("refuses a year outside 1950..2150")
        void yearOutOfRange(String year) throws Exception {
            badRequest(mvc.perform(get("/api/v1/calendar/holidays").param("year", year)), "year");
        }

        @Test
        @DisplayName("refuses a missing or non-numeric year")
        void yearMissingOrWrong() throws Exception {
            badRequest(mvc.perform(get("/api/v1/calendar/holidays")), "year")
                    .andExpect(jsonPath("$.errors[0].message").value("this query parameter is required"));
            badRequest(mvc.perform(get("/api/v1/calendar/holidays").param("year", "next")), "year")
                    .andExpect(jsonPath("$.errors[0].message").value("'next' is not a whole number"));
        }
    }

    @Nested
    @DisplayName("/add-working-days")
    class AddWorkingDays {

        @Test
        @DisplayName("counts working days by default (POLICY.md example) and lists what it skipped")
        void workingByDefault() throws Exception {
            mvc.perform(get("/api/v1/calendar/add-working-days").param("from", "2026-05-20").param("days", "10"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.from").value("2026-05-20"))
                    .andExpect(jsonPath("$.days").value(10))
                    .andExpect(jsonPath("$.convention").value("WORKING"))
                    .andExpect(jsonPath("$.date").value("2026-06-05"))
                    .andExpect(jsonPath("$.skipped", hasSize(6)))
                    .andExpect(jsonPath("$.skipped[1].date").value("2026-05-27"))
                    .andExpect(jsonPath("$.skipped[1].reason.tr").value("Kurban Bayramı 1. gün"));
        }

        @Test
        @DisplayName("names the conventions it accepts when given another")
        void unknownConvention() throws Exception {
            badRequest(mvc.perform(get("/api/v1/calendar/add-working-days")
                            .param("from", "2026-05-20").param("days", "1").param("convention", "working")),
                    "convention")
                    .andExpect(jsonPath("$.errors[0].message").value("'working' is not one of DAYS, WORKING, BANK"));
        }

        @Test
        @DisplayName("counts bank days on request")
        void bank() throws Exception {
            mvc.perform(get("/api/v1/calendar/add-working-days")
                            .param("from", "2026-04-17").param("days", "4").param("convention", "BANK"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.convention").value("BANK"))
                    .andExpect(jsonPath("$.date").value("2026-04-24"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                from=2026-02-30&days=10                     | from
                from=20.05.2026&days=10                     | from
                days=10                                     | from
                from=2026-05-20                             | days
                from=2026-05-20&days=-1                     | days
                from=2026-05-20&days=3661                   | days
                from=2026-05-20&days=ten                    | days
                from=2026-05-20&days=10&convention=HOURS    | convention
                from=2026-05-20&days=10&convention=DAYS     | convention
                from=1900-01-01&days=10                     | from
                """)
        @DisplayName("refuses bad input with a problem naming the field")
        void badInput(String query, String field) throws Exception {
            badRequest(mvc.perform(get("/api/v1/calendar/add-working-days?" + query)), field);
        }
    }

    @Nested
    @DisplayName("/period-end")
    class PeriodEnd {

        @Test
        @DisplayName("moves the end past Kurban Bayramı and a Sunday (POLICY.md example)")
        void policyExample() throws Exception {
            mvc.perform(get("/api/v1/calendar/period-end").param("from", "2026-05-13").param("days", "14"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.from").value("2026-05-13"))
                    .andExpect(jsonPath("$.days").value(14))
                    .andExpect(jsonPath("$.nominalEnd").value("2026-05-27"))
                    .andExpect(jsonPath("$.end").value("2026-06-01"))
                    .andExpect(jsonPath("$.endsAt").value("2026-06-01T23:59:59+03:00"))
                    .andExpect(jsonPath("$.endsBefore").value("2026-06-02T00:00:00+03:00"))
                    .andExpect(jsonPath("$.extendedBecause", hasSize(5)))
                    .andExpect(jsonPath("$.extendedBecause[4].date").value("2026-05-31"))
                    .andExpect(jsonPath("$.extendedBecause[4].reason.en").value("Sunday"));
        }

        @Test
        @DisplayName("refuses a negative or absurd number of days")
        void badDays() throws Exception {
            badRequest(mvc.perform(get("/api/v1/calendar/period-end").param("from", "2026-05-13").param("days", "-3")),
                    "days")
                    .andExpect(jsonPath("$.detail", startsWith("days:")));
            badRequest(mvc.perform(get("/api/v1/calendar/period-end").param("from", "2026-05-13").param("days", "99999")),
                    "days");
        }
    }

    private static ResultActions badRequest(ResultActions result, String field) throws Exception {
        return result
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://aftercare.example.com/problems/invalid-input"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail", startsWith(field + ":")))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }
}

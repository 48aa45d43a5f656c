package com.aftercare.backoffice;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.Cases;
import com.aftercare.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReferencePagesController.class)
@Import({OfficePageTestSupport.class, ReferencePagesControllerTest.Calendar.class})
@DisplayName("The policy page /office/policy and the holiday calendar /office/calendar")
class ReferencePagesControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Calendar {
        @Bean
        TurkishCalendar turkishCalendar() {
            return TurkishCalendar.official();
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Cases cases;

    @Nested
    @DisplayName("who may see them")
    class Access {

        @Test
        void without_signing_in_the_browser_is_sent_to_the_sign_in_page() throws Exception {
            mvc.perform(get("/office/policy")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/office/calendar")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }

        @Test
        void a_role_without_back_office_work_is_refused() throws Exception {
            mvc.perform(get("/office/policy").with(signedIn(Role.INTEGRATION))).andExpect(status().isForbidden());
            mvc.perform(get("/office/calendar").with(signedIn(Role.INTEGRATION))).andExpect(status().isForbidden());
        }
    }

    @Nested
    @DisplayName("the policy")
    class Policy {

        @Test
        void the_version_in_force_with_every_clause_its_title_text_and_parameters() throws Exception {
            mvc.perform(get("/office/policy").with(signedIn(Role.TECHNICIAN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Version 2026.1"), containsString("id=\"clause-RET-1\""),
                            containsString("id=\"clause-EXC-8\""), containsString("Official warranty on every product"),
                            containsString("maxInstallments"), containsString("returnWindow"), containsString("href=\"#clause-WAR-5\""))));
        }

        @Test
        void the_statutory_floor_and_where_it_governs_in_place_of_a_clause() throws Exception {
            mvc.perform(get("/office/policy").with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("The statutory floor"), containsString("id=\"floor-LAW-4\""),
                            containsString("The law governs here: LAW-4, A new fault after a free repair."),
                            containsString("WAR-8 (a) to (e) keep the thresholds of the repealed regulation"),
                            containsString("href=\"#floor-LAW-4\""),
                            containsString("Source: Mesafeli Sözleşmeler Yönetmeliği art. 9(2); in force since 27 Feb 2015."),
                            containsString("Overrides RET-6, PAY-3."), containsString("whatever the store&#39;s texts say"),
                            not(containsString("{0}")))));
        }

        @Test
        void the_floor_in_turkish() throws Exception {
            mvc.perform(get("/office/policy").param("lang", "tr").with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Yasal alt sınır"),
                            containsString("Burada mevzuat geçerlidir: LAW-3, Tamir süresinin bildirimden sayılması."),
                            containsString("27 Şubat 2015 tarihinden beri yürürlükte"),
                            containsString("Geçersiz kıldığı madde: WAR-8."))));
        }

        @Test
        void in_turkish() throws Exception {
            mvc.perform(get("/office/policy").param("lang", "tr").with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Yürürlükteki politika"),
                            containsString("Tüm ürünlerde resmî garanti"), not(containsString("Official warranty on every product")))));
        }
    }

    @Nested
    @DisplayName("the calendar")
    class Holidays {

        @Test
        void this_years_holidays_by_default_with_the_half_day_eves() throws Exception {
            mvc.perform(get("/office/calendar").with(signedIn(Role.FINANCE)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Official holidays of 2026"), containsString("datetime=\"2026-01-01\""),
                            containsString("datetime=\"2026-10-28\""), containsString("Eve (half day)"),
                            containsString("Religious holiday (full day)"), containsString("<label for=\"calendar-year\""),
                            containsString("/office/calendar?year=2027"))));
        }

        @Test
        void another_year_in_turkish() throws Exception {
            mvc.perform(get("/office/calendar").param("year", "2027").param("lang", "tr").with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("2027 yılının resmî tatilleri"), containsString("datetime=\"2027-01-01\""),
                            containsString("Arife (yarım gün)"), containsString("Bayram"))));
        }

        @Test
        void a_year_out_of_range_or_not_a_number_is_a_400_page() throws Exception {
            mvc.perform(get("/office/calendar").param("year", "3000").with(signedIn(Role.AGENT))).andExpect(status().isBadRequest());
            mvc.perform(get("/office/calendar").param("year", "soon").with(signedIn(Role.AGENT))).andExpect(status().isBadRequest());
        }
    }
}

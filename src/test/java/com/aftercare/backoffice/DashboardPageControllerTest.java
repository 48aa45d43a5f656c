package com.aftercare.backoffice;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.cases.Cases;
import com.aftercare.cases.CaseStatistics;
import com.aftercare.cases.CaseStatistics.Count;
import com.aftercare.identity.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DashboardPageController.class)
@Import(OfficePageTestSupport.class)
@DisplayName("The dashboard /office/dashboard")
class DashboardPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseStatistics statistics;

    @MockitoBean
    Cases cases;

    @BeforeEach
    void some_figures() {
        given(statistics.figures()).willReturn(new CaseStatistics.Figures(
                List.of(new Count("RETURN", 4), new Count("WARRANTY", 2)),
                List.of(new Count("AWAITING_GOODS", 3), new Count("IN_REPAIR", 2), new Count("REQUESTED", 1)),
                List.of(new Count("WARRANTY", 1)), 1,
                List.of(new Count("return.request.accepted", 5), new Count("return.window.closed", 1)),
                4.26, 8, null, 0, 1, 3, java.time.Instant.parse("2026-12-04T11:05:30Z")));
    }

    @Test
    void without_signing_in_the_browser_is_sent_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/office/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(statistics);
    }

    @Test
    void a_role_without_back_office_work_is_refused() throws Exception {
        mvc.perform(get("/office/dashboard").with(signedIn(Role.INTEGRATION))).andExpect(status().isForbidden());
        verifyNoInteractions(statistics);
    }

    @Test
    void the_figures_and_accessible_svg_bar_charts_with_their_tables() throws Exception {
        mvc.perform(get("/office/dashboard").with(signedIn(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"figure-open\">6<"), containsString("id=\"figure-overdue\">1<"),
                        containsString(">4.3<"), containsString("(8 refunds)"), containsString("id=\"figure-repair\">–<"),
                        containsString("1 / 3"),
                        containsString("<svg class=\"chart\" id=\"chart-type\" role=\"img\""),
                        containsString("aria-label=\"Open cases by type\""), containsString("viewBox=\"0 0 600 60\""),
                        containsString("width=\"290\""), containsString("width=\"145\""),
                        containsString(">Warranty repair<"), containsString(">Awaiting the goods<"),
                        containsString("return.request.accepted"), containsString("<th scope=\"row\">Return</th>"))));
    }

    @Test
    void in_turkish() throws Exception {
        mvc.perform(get("/office/dashboard").param("lang", "tr").with(signedIn(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Gösterge paneli"), containsString("Türe göre açık talepler"),
                        containsString(">4,3<"))));
    }
}

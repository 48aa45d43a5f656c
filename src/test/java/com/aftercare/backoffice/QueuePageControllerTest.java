package com.aftercare.backoffice;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.CaseQueue;
import com.aftercare.cases.Cases;
import com.aftercare.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({QueuePageController.class, HomeController.class})
@Import(OfficePageTestSupport.class)
@DisplayName("The work queue /office")
class QueuePageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseQueue queue;

    @MockitoBean
    Cases cases;

    @BeforeEach
    void one_late_case_and_one_in_time() {
        var late = new CaseQueue.Entry(new CaseId(UUID.randomUUID()), "R-2026-000001", CaseType.RETURN, CaseStatus.ACCEPTED,
                "W-LATE-1", OfficePageTestSupport.NOW.minusSeconds(30 * 86_400), "REFUND",
                Instant.parse("2026-03-01T20:59:59Z"), "RET-6", true);
        var inTime = new CaseQueue.Entry(new CaseId(UUID.randomUUID()), "R-2026-000002", CaseType.RETURN, CaseStatus.REQUESTED,
                "W-SOON-2", OfficePageTestSupport.NOW.minusSeconds(86_400), "RETURN_WINDOW",
                Instant.parse("2026-03-20T20:59:59Z"), "RET-1", false);
        given(queue.list(any())).willReturn(new CaseQueue.Page(List.of(late, inTime), "next-cursor-123"));
    }

    @Test
    void without_signing_in_the_browser_is_sent_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/office")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_front_door_leads_to_the_queue() throws Exception {
        mvc.perform(get("/").with(signedIn(Role.AGENT))).andExpect(redirectedUrl("/office"));
    }

    @Test
    void a_role_without_back_office_work_is_refused() throws Exception {
        mvc.perform(get("/office").with(signedIn(Role.INTEGRATION))).andExpect(status().isForbidden());
    }

    @Test
    void lists_the_cases_with_a_late_badge_in_words_and_a_link_to_the_next_page() throws Exception {
        mvc.perform(get("/office").with(signedIn(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("R-2026-000001"), containsString("R-2026-000002"),
                        containsString("class=\"badge late\">Late</span>"), containsString("cursor=next-cursor-123"),
                        containsString("<label for=\"type\">"), containsString("<label for=\"status\">"),
                        containsString("<label for=\"overdue\">"))));
    }

    @Test
    void finance_sees_the_accepted_cases_waiting_for_a_refund() throws Exception {
        mvc.perform(get("/office").with(signedIn(Role.FINANCE))).andExpect(status().isOk());
        var filter = ArgumentCaptor.forClass(CaseQueue.Filter.class);
        verify(queue).list(filter.capture());
        assertThat(filter.getValue().statuses()).isEqualTo(Set.of(CaseStatus.ACCEPTED));
    }

    @Test
    void the_filters_reach_the_queue() throws Exception {
        mvc.perform(get("/office").param("type", "RETURN").param("status", "ACCEPTED").param("overdue", "true")
                .param("cursor", "abc").with(signedIn(Role.AGENT))).andExpect(status().isOk());
        var filter = ArgumentCaptor.forClass(CaseQueue.Filter.class);
        verify(queue).list(filter.capture());
        assertThat(filter.getValue()).extracting(CaseQueue.Filter::type, CaseQueue.Filter::status, CaseQueue.Filter::overdueOnly,
                CaseQueue.Filter::cursor).containsExactly(CaseType.RETURN, CaseStatus.ACCEPTED, true, "abc");
    }

    @Test
    void htmx_gets_only_the_results() throws Exception {
        mvc.perform(get("/office").header("HX-Request", "true").with(signedIn(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results\""), containsString("R-2026-000001"),
                        not(containsString("<header")), not(containsString("<form")))));
    }

    @Test
    void in_turkish() throws Exception {
        mvc.perform(get("/office").param("lang", "tr").with(signedIn(Role.AGENT)))
                .andExpect(content().string(allOf(containsString("İş kuyruğu"), containsString(">Gecikti<"))));
    }
}

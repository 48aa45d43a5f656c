package com.aftercare.backoffice;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.Cases;
import com.aftercare.cases.CaseSearch;
import com.aftercare.identity.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SearchPageController.class)
@Import(OfficePageTestSupport.class)
@DisplayName("The search page /office/search")
class SearchPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseSearch search;

    @MockitoBean
    Cases cases;

    UUID caseId = UUID.randomUUID();

    @Test
    void without_signing_in_the_browser_is_sent_to_the_sign_in_page() throws Exception {
        mvc.perform(get("/office/search").param("q", "W-1")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(search);
    }

    @Test
    void a_role_without_back_office_work_is_refused() throws Exception {
        mvc.perform(get("/office/search").param("q", "W-1").with(signedIn(Role.INTEGRATION))).andExpect(status().isForbidden());
        verifyNoInteractions(search);
    }

    @Test
    void the_empty_form_with_a_labelled_field_and_the_navigation() throws Exception {
        mvc.perform(get("/office/search").with(signedIn(Role.FINANCE)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<label for=\"search-q\""), containsString("id=\"search-q\""),
                        containsString("href=\"/office/dashboard\""), containsString("href=\"/office/policy\""),
                        containsString("href=\"/office/calendar\""), not(containsString("Nothing found")))));
        verifyNoInteractions(search);
    }

    @Test
    void the_orders_found_with_links_to_their_cases() throws Exception {
        var at = OfficePageTestSupport.NOW.atZone(TurkishCalendar.ZONE);
        given(search.search("ayse@example.com")).willReturn(List.of(
                new CaseSearch.OrderHit("W-TEST-1", "Ayşe Yılmaz", "ayse@example.com", OfficePageTestSupport.NOW,
                        List.of(new CaseSearch.CaseHit(caseId, "R-2026-000123", "RETURN", "REQUESTED", at))),
                new CaseSearch.OrderHit("W-TEST-2", "Ayşe Yılmaz", "ayse@example.com", OfficePageTestSupport.NOW, List.of())));
        mvc.perform(get("/office/search").param("q", " ayse@example.com ").with(signedIn(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2 orders found"), containsString("W-TEST-1"),
                        containsString("W-TEST-2"), containsString("href=\"/office/cases/" + caseId + "\""),
                        containsString("R-2026-000123"), containsString("Requested"), containsString("No case on this order"),
                        containsString("value=\"ayse@example.com\""))));
    }

    @Test
    void nothing_found_is_said_and_the_term_is_escaped() throws Exception {
        given(search.search(any())).willReturn(List.of());
        mvc.perform(get("/office/search").param("q", "<script>x</script>").with(signedIn(Role.TECHNICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nothing found"), not(containsString("<script>x")))));
    }

    @Test
    void in_turkish() throws Exception {
        given(search.search(any())).willReturn(List.of());
        mvc.perform(get("/office/search").param("q", "SN-1").param("lang", "tr").with(signedIn(Role.AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Arama"), containsString("sonuç bulunamadı"))));
    }
}

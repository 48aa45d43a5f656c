package com.aftercare.backoffice;

import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.Cases;
import com.aftercare.cases.Loaners;
import com.aftercare.identity.Role;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.web.ConflictException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CasePageController.class)
@Import(OfficePageTestSupport.class)
@DisplayName("The case page /office/cases/{id}")
class CasePageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Cases cases;

    @MockitoBean
    CaseAttachments attachments;

    @MockitoBean
    Loaners loaners;

    @MockitoBean
    MailOutbox outbox;

    CaseFile requested = OfficePageTestSupport.returnCase(CaseStatus.REQUESTED);

    String path;

    @BeforeEach
    void a_requested_return_case() {
        path = "/office/cases/" + requested.id();
        given(cases.find(requested.id())).willReturn(Optional.of(requested));
        given(cases.allowedActions(requested)).willReturn(EnumSet.of(CaseAction.ARRANGE_RETURN_SHIPMENT,
                CaseAction.RECORD_RECEIPT, CaseAction.ATTACH, CaseAction.CANCEL));
    }

    @Nested
    @DisplayName("who may see it")
    class Access {

        @Test
        void without_signing_in_the_browser_is_sent_to_the_sign_in_page() throws Exception {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }

        @Test
        void a_role_without_back_office_work_is_refused() throws Exception {
            mvc.perform(get(path).with(signedIn(Role.INTEGRATION))).andExpect(status().isForbidden());
        }

        @Test
        void a_case_that_does_not_exist_is_a_404_page_not_json() throws Exception {
            mvc.perform(get("/office/cases/" + UUID.randomUUID()).with(signedIn(Role.AGENT)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(containsString("Not found")));
        }
    }

    @Nested
    @DisplayName("what it shows")
    class Shows {

        @Test
        void the_order_items_decision_with_clause_texts_deadline_and_timeline() throws Exception {
            mvc.perform(get(path).with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("R-2026-000123"), containsString("W-TEST-1"), containsString("Seiko 5 Sports"),
                            containsString("SN-TEST-1"), containsString("RET-1"), containsString("14 days"),
                            containsString("Return window"), containsString("3 days left"), containsString("Case opened"),
                            containsString("service@example.com"), containsString("0555 000 00 00"))));
        }

        @Test
        void whether_the_customer_was_e_mailed_about_each_step_and_why_not_yet() throws Exception {
            given(outbox.statesOf(java.util.List.of("case-event:1"))).willReturn(java.util.Map.of("case-event:1",
                    new MailOutbox.MailState("PENDING", 2, null, "Connection refused by mail.example.com")));
            mvc.perform(get(path).with(signedIn(Role.AGENT)))
                    .andExpect(content().string(allOf(containsString("e-mail to the customer waiting (2 attempts so far)"),
                            containsString("title=\"Connection refused by mail.example.com\""))));

            given(outbox.statesOf(java.util.List.of("case-event:1"))).willReturn(java.util.Map.of("case-event:1",
                    new MailOutbox.MailState("SENT", 1, java.time.Instant.now(), null)));
            mvc.perform(get(path).with(signedIn(Role.AGENT)))
                    .andExpect(content().string(allOf(containsString("customer e-mailed"), not(containsString("waiting")))));
        }

        @Test
        void an_agent_gets_the_forms_of_the_steps_the_state_allows_each_naming_its_clauses() throws Exception {
            mvc.perform(get(path).with(signedIn(Role.AGENT)))
                    .andExpect(content().string(allOf(
                            containsString("action=\"/office/cases/" + requested.id() + "/shipments\""),
                            containsString("action=\"/office/cases/" + requested.id() + "/receipt\""),
                            containsString("action=\"/office/cases/" + requested.id() + "/cancel\""),
                            containsString("GEN-5"), containsString("name=\"_csrf\""),
                            containsString("name=\"version\" value=\"3\""),
                            not(containsString("/refund\"")))));
        }

        @Test
        void finance_gets_no_form_on_a_case_waiting_for_its_goods_way_back() throws Exception {
            mvc.perform(get(path).with(signedIn(Role.FINANCE)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Nothing for your role"),
                            not(containsString("/shipments\"")), not(containsString("/cancel\"")))));
        }

        @Test
        void in_turkish_when_asked_and_the_choice_is_remembered_in_a_cookie() throws Exception {
            mvc.perform(get(path).param("lang", "tr").with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(cookie().value("aftercare-lang", "tr"))
                    .andExpect(content().string(allOf(containsString("İade gönderisini ayarla"), containsString("gün kaldı"),
                            containsString("lang=\"tr\""))));
        }
    }

    @Nested
    @DisplayName("taking a step")
    class Steps {

        @Test
        void a_step_taken_leads_back_to_the_case_page() throws Exception {
            mvc.perform(post(path + "/shipments").with(signedIn(Role.AGENT)).with(csrf())
                            .param("version", "3").param("carrier", "Yurtiçi Kargo").param("storeArranged", "true"))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(path));
            verify(cases).take(eq(requested.id()), eq("3"), eq(new CaseCommands.ArrangeShipment("Yurtiçi Kargo", true, null, null)), any());
        }

        @Test
        void a_form_without_its_csrf_token_is_refused() throws Exception {
            mvc.perform(post(path + "/cancel").with(signedIn(Role.AGENT)).param("version", "3"))
                    .andExpect(status().isForbidden());
            verify(cases, never()).take(any(), any(), any(CaseCommands.Cancel.class), any());
        }

        @Test
        void a_role_the_step_is_not_for_is_refused_with_a_403_page() throws Exception {
            mvc.perform(post(path + "/cancel").with(signedIn(Role.FINANCE)).with(csrf()).param("version", "3"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("Not allowed")));
            verify(cases, never()).take(any(), any(), any(CaseCommands.Cancel.class), any());
        }

        @Test
        void a_step_the_rules_refuse_shows_why_on_the_page_without_a_stack_trace() throws Exception {
            doThrow(new ConflictException("Case R-2026-000123 is REQUESTED: CANCEL is not allowed now."))
                    .when(cases).take(any(CaseId.class), any(), any(CaseCommands.Cancel.class), any());
            mvc.perform(post(path + "/cancel").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(allOf(containsString("This step was not taken"),
                            containsString("CANCEL is not allowed now"), not(containsString("at com.aftercare")))));
        }

        @Test
        void a_missing_required_field_is_shown_on_the_page() throws Exception {
            mvc.perform(post(path + "/shipments").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3").param("carrier", " "))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("carrier: is required")));
        }
    }
}

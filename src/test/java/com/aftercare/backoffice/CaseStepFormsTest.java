package com.aftercare.backoffice;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.RepairOutcome;
import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import com.aftercare.orders.Money;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.policy.warranty.FaultCause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CasePageController.class)
@Import(OfficePageTestSupport.class)
@DisplayName("The case page's forms for delivery problems, warranty repairs and attachments")
class CaseStepFormsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Cases cases;

    @MockitoBean
    CaseAttachments attachments;

    @MockitoBean
    MailOutbox outbox;

    @MockitoBean
    Loaners loaners;

    CaseFile file = OfficePageTestSupport.returnCase(CaseStatus.REQUESTED);

    String path;

    @BeforeEach
    void a_case_where_every_step_is_allowed() {
        path = "/office/cases/" + file.id();
        given(cases.find(file.id())).willReturn(Optional.of(file));
        given(cases.allowedActions(file)).willReturn(EnumSet.of(CaseAction.ATTACH, CaseAction.RECORD_DAMAGE_REPORT,
                CaseAction.REQUEST_PHOTOS, CaseAction.EXAMINE, CaseAction.DECIDE, CaseAction.RESEND_INVOICE, CaseAction.DIAGNOSE,
                CaseAction.QUOTE, CaseAction.ANSWER_QUOTE, CaseAction.START_REPAIR, CaseAction.FINISH_REPAIR,
                CaseAction.LEND_LOANER, CaseAction.RETURN_LOANER, CaseAction.CONFIRM_UNUSABLE, CaseAction.CHOOSE_REMEDY));
        given(loaners.all()).willReturn(List.of(new Loaners.Loaner("LOAN-FREE-1", "Casio G-Shock", null),
                new Loaners.Loaner("LOAN-BUSY-1", "Casio G-Shock", "W-2026-000001")));
    }

    @Nested
    @DisplayName("the forms shown")
    class Forms {

        @Test
        void an_agent_gets_the_agents_forms_each_naming_its_clauses_and_none_of_the_technicians() throws Exception {
            mvc.perform(get(path).with(signedIn(Role.AGENT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("/damage-report\""), containsString("/photo-requests\""), containsString("/decision\""),
                            containsString("/invoice-resent\""), containsString("/quote\""), containsString("/quote/answer\""),
                            containsString("/loaner\""), containsString("/loaner/return\""), containsString("/unusable-confirmation\""),
                            containsString("/remedy\""), containsString("/attachments\""), not(containsString("_csrf=")), containsString("multipart/form-data"),
                            containsString("DLV-3"), containsString("WAR-5"), containsString("WAR-8"),
                            containsString("LOAN-FREE-1"), not(containsString("LOAN-BUSY-1")),
                            not(containsString("/diagnosis\"")), not(containsString("/repair/start\"")),
                            not(containsString("/examination\"")), not(containsString("through the API")))));
        }

        @Test
        void a_technician_gets_the_diagnosis_with_every_cause_and_no_fault_found_and_the_repair_forms() throws Exception {
            mvc.perform(get(path).with(signedIn(Role.TECHNICIAN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("/diagnosis\""), containsString("value=\"WATER_CONTACT\""), containsString("value=\"NONE\""),
                            containsString("/repair/start\""), containsString("/repair/finish\""), containsString("/examination\""),
                            containsString("value=\"NOT_REPAIRABLE\""), containsString("WAR-7"),
                            not(containsString("/remedy\"")), not(containsString("/loaner\"")))));
        }

        @Test
        void in_turkish() throws Exception {
            mvc.perform(get(path).param("lang", "tr").with(signedIn(Role.TECHNICIAN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Arızanın nedeni"), containsString("Su teması"))));
        }
    }

    @Nested
    @DisplayName("taking the steps")
    class Taking {

        @Test
        void a_damage_report_with_its_number_and_date() throws Exception {
            mvc.perform(post(path + "/damage-report").with(signedIn(Role.AGENT)).with(csrf())
                            .param("version", "3").param("number", "HT-42").param("date", "2026-03-09"))
                    .andExpect(status().isFound()).andExpect(redirectedUrl(path));
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.RecordDamageReport("HT-42", LocalDate.of(2026, 3, 9))), any());
        }

        @Test
        void a_photo_request_an_examination_a_decision_and_the_invoice_resent() throws Exception {
            mvc.perform(post(path + "/photo-requests").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3"))
                    .andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/examination").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3")
                    .param("customerCaused", "false")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/decision").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3")
                    .param("upheld", "true").param("note", "carrier confirmed")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/invoice-resent").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3"))
                    .andExpect(redirectedUrl(path));
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.RequestPhotos()), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.Examine(false, null)), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.Decide(true, "carrier confirmed")), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.ResendInvoice()), any());
        }

        @Test
        void a_diagnosis_by_cause_or_no_fault_found() throws Exception {
            mvc.perform(post(path + "/diagnosis").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3")
                    .param("cause", "WATER_CONTACT")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/diagnosis").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3")
                    .param("cause", "NONE").param("notes", "runs fine")).andExpect(redirectedUrl(path));
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.Diagnose(FaultCause.WATER_CONTACT, false, List.of(), null)), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.Diagnose(null, true, List.of(), "runs fine")), any());
        }

        @Test
        void a_quote_its_answer_the_repair_and_its_outcome() throws Exception {
            mvc.perform(post(path + "/quote").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3")
                    .param("amount", "1250,50")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/quote/answer").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3")
                    .param("accepted", "true")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/repair/start").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3"))
                    .andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/repair/finish").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3")
                    .param("outcome", "FIXED").param("workDone", "new crown")).andExpect(redirectedUrl(path));
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.Quote(Money.of("1250.50", "TRY"))), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.AnswerQuote(true)), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.StartRepair()), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.FinishRepair(RepairOutcome.FIXED, "new crown")), any());
        }

        @Test
        void a_loaner_lent_and_returned_unusability_confirmed_and_a_discount_chosen() throws Exception {
            mvc.perform(post(path + "/loaner").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3")
                    .param("serialNumber", "LOAN-FREE-1")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/loaner/return").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3"))
                    .andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/unusable-confirmation").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3")
                    .param("confirmed", "true")).andExpect(redirectedUrl(path));
            mvc.perform(post(path + "/remedy").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3")
                    .param("choice", "DISCOUNT").param("discountRate", "15")).andExpect(redirectedUrl(path));
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.LendLoaner("LOAN-FREE-1")), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.ReturnLoaner()), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.ConfirmUnusable(true)), any());
            verify(cases).take(eq(file.id()), any(), eq(new CaseCommands.ChooseRemedy(RemedyChoice.DISCOUNT, new BigDecimal("15"))), any());
        }

        @Test
        void a_file_uploaded_with_its_kind() throws Exception {
            var photo = new MockMultipartFile("file", "scratch.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            mvc.perform(multipart(path + "/attachments").file(photo).param("version", "3").param("kind", "PHOTO")
                            .with(signedIn(Role.TECHNICIAN)).with(csrf()))
                    .andExpect(status().isFound()).andExpect(redirectedUrl(path));
            verify(cases).take(eq(file.id()), any(), any(CaseCommands.Attach.class), any());
        }

        @Test
        void an_upload_without_a_file_is_shown_on_the_page() throws Exception {
            mvc.perform(multipart(path + "/attachments").param("version", "3").param("kind", "PHOTO")
                            .with(signedIn(Role.AGENT)).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("file: is required")));
            verify(cases, never()).take(any(), any(), any(), any());
        }
    }

    @Nested
    @DisplayName("refusals")
    class Refusals {

        @Test
        void without_signing_in_a_step_goes_to_the_sign_in_page() throws Exception {
            mvc.perform(post(path + "/repair/start").with(csrf()).param("version", "3"))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            verify(cases, never()).take(any(), any(), any(), any());
        }

        @Test
        void a_role_the_step_is_not_for_is_a_403() throws Exception {
            mvc.perform(post(path + "/diagnosis").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3").param("cause", "NONE"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path + "/remedy").with(signedIn(Role.FINANCE)).with(csrf()).param("version", "3").param("choice", "REFUND"))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart(path + "/attachments").param("version", "3").param("kind", "PHOTO")
                    .with(signedIn(Role.FINANCE)).with(csrf())).andExpect(status().isForbidden());
            verify(cases, never()).take(any(), any(), any(), any());
        }

        @Test
        void a_step_the_rules_refuse_shows_why() throws Exception {
            doThrow(new ConflictException("The repair has not started.")).when(cases).take(any(CaseId.class), any(), any(CaseCommands.FinishRepair.class), any());
            mvc.perform(post(path + "/repair/finish").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3")
                            .param("outcome", "FIXED"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(allOf(containsString("This step was not taken"),
                            containsString("The repair has not started."))));
        }

        @Test
        void bad_fields_are_shown_on_the_page_and_nothing_is_taken() throws Exception {
            mvc.perform(post(path + "/quote").with(signedIn(Role.AGENT)).with(csrf()).param("version", "3").param("amount", "a lot"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("amount: is not an amount")));
            mvc.perform(post(path + "/examination").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3"))
                    .andExpect(status().isBadRequest()).andExpect(content().string(containsString("customerCaused: choose yes or no")));
            mvc.perform(post(path + "/diagnosis").with(signedIn(Role.TECHNICIAN)).with(csrf()).param("version", "3")
                            .param("cause", "GREMLINS"))
                    .andExpect(status().isBadRequest());
            verify(cases, never()).take(any(), any(), any(CaseCommands.Quote.class), any());
            verify(cases, never()).take(any(), any(), any(), any());
        }
    }
}

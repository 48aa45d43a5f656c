package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.body;
import static com.aftercare.cases.CaseStoryFixture.json;
import static com.aftercare.cases.WarrantyFixture.serial;
import static com.aftercare.identity.internal.StaffPagesSecurity.signedIn;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aftercare.cases.CaseStoryFixture.Invoice;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The case's PDFs on the real service and database, for cases made through the API as in the story
 * tests: each document is downloaded and its text read back with PDFBox, so what is asserted is
 * what the customer prints and signs, in English and in Turkish.
 */
@IntegrationTest
@DisplayName("A case's documents: return form, service report and summary as PDFs")
class CaseDocumentsTest {

    static final Locale TURKISH = Locale.forLanguageTag("tr");

    @Autowired
    MockMvc mvc;
    @Autowired
    com.aftercare.identity.StaffDirectory staff;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PolicyBook policies;
    @Autowired
    StoreSettings store;

    private CaseStoryFixture story;
    private WarrantyFixture warranty;

    @BeforeEach
    void stage() {
        story = new CaseStoryFixture(mvc, tokens);
        warranty = new WarrantyFixture(story);
    }

    /** A company's return of a watch and a strap, delivered three days ago; answers the case as the API shows it. */
    JsonNode companyReturn(String watchSerial) throws Exception {
        String order = story.putOrder("DOCS", Payment.card("WORLD", 1), Instant.now().minus(3, DAYS), Invoice.company(),
                Line.watch("1", watchSerial, "4999.00"), Line.strap("2", "350.00"));
        return story.openReturn(order, "WEB", null, "1", "2");
    }

    /** A warranty repair of a watch, finished with {@code outcome}; answers the case as the API shows it. */
    JsonNode finishedRepair(String unit, String outcome) throws Exception {
        Instant now = Instant.now();
        String order = warranty.deliveredWatch("DOCSW", now.minus(60, DAYS).truncatedTo(ChronoUnit.SECONDS), unit, "6499.00", false);
        String id = warranty.open(order, unit, "STOPS", "PHONE", now.minus(2, DAYS).truncatedTo(ChronoUnit.SECONDS)).get("id").asString();
        warranty.diagnose(id, "MATERIAL");
        warranty.startRepair(id);
        return warranty.finishRepair(id, outcome);
    }

    MvcResult api(Role role, String language, String caseId, String document) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}/documents/{document}", caseId, document)
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(role)).header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn();
    }

    /** The PDF's text, every run of white space one space: a long line wraps wherever its table cell ends. */
    static String text(MvcResult result) throws IOException {
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            // No text falls back to a standard font without ğ ş ı İ: every font is the embedded Liberation Sans.
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
            return flat(new PDFTextStripper().getText(document));
        }
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    PolicyVersion policy(JsonNode caseView) {
        return policies.versions().stream().filter(v -> v.version().equals(caseView.get("policyVersion").asString())).findFirst()
                .orElseThrow();
    }

    /** The clause's text as the policy file words it in that language, white space flattened as in the PDF. */
    String clause(JsonNode caseView, String id, Locale locale) {
        return flat(policy(caseView).cite(ClauseId.of(id), locale).text());
    }

    static String invoiceOf(String orderNumber) {
        return "INV-" + orderNumber;
    }

    @Nested
    @DisplayName("the return form (GEN-4, DLV-4)")
    class ReturnForm {

        @Test
        void a_companys_form_carries_the_invoices_return_fields_the_return_address_and_gen_4_in_english() throws Exception {
            String unit = serial();
            JsonNode opened = companyReturn(unit);
            String order = opened.get("orderNumber").asString();
            MvcResult result = api(Role.AGENT, "en", opened.get("id").asString(), "return-form");

            assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
            assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                    .isEqualTo("attachment; filename=\"" + opened.get("reference").asString() + "-return-form.pdf\"");
            assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
            String text = text(result);
            assertThat(text).contains("Return form", "Invoice number " + invoiceOf(order), "Invoiced to A company",
                    "Company Zaman Saat Ltd.", "Tax number (VKN) 1234567890", "Order " + order, opened.get("reference").asString(),
                    "Seiko 5 Sports (SEI-SRPD55K1) " + unit + " 1 4,999.00 TRY 4,999.00 TRY",
                    "Leather strap 20 mm (STR-20-LEA) — 1 350.00 TRY 350.00 TRY", "Total 5,349.00 TRY",
                    "Name Ayşe Yılmaz", "E-mail ayse@example.com", "The customer changed her mind.",
                    flat(store.returnAddress()), "Demo Saat Mağazası",
                    "GEN-4 " + clause(opened, "GEN-4", Locale.ENGLISH), "DLV-2 " + clause(opened, "DLV-2", Locale.ENGLISH),
                    "Signature and company stamp");
            assertThat(text).doesNotContain("DLV-4", "IBAN");
        }

        @Test
        void in_turkish_every_label_and_clause_is_turkish_with_its_letters() throws Exception {
            String unit = serial();
            JsonNode opened = companyReturn(unit);
            String text = text(api(Role.AGENT, "tr", opened.get("id").asString(), "return-form"));

            assertThat(text).contains("İade formu", "Fatura numarası " + invoiceOf(opened.get("orderNumber").asString()),
                    "Fatura türü Kurumsal", "Şirket Zaman Saat Ltd.", "Vergi kimlik numarası (VKN) 1234567890",
                    "Seiko 5 Sports (SEI-SRPD55K1) " + unit + " 1 4.999,00 TRY", "Toplam 5.349,00 TRY",
                    "Ürünlerin gönderileceği adres", "Ad soyad Ayşe Yılmaz",
                    "GEN-4 " + clause(opened, "GEN-4", TURKISH), "DLV-2 " + clause(opened, "DLV-2", TURKISH),
                    "İmza ve şirket kaşesi");
            assertThat(text).doesNotContain("Return form", "Invoice number");
        }

        @Test
        void a_defect_found_after_delivery_travels_back_under_dlv_4_beside_gen_4_and_an_individual_has_no_tax_number()
                throws Exception {
            String unit = serial();
            String order = story.putOrder("DOCSD", Payment.card("WORLD", 1), Instant.now().minus(5, DAYS), Line.watch("1", unit, "4250.00"));
            JsonNode opened = story.openDelivery("DEFECT_AFTER_DELIVERY", order, Instant.now().minus(1, DAYS), "", "1");
            String text = text(api(Role.AGENT, "en", opened.get("id").asString(), "return-form"));

            assertThat(text).contains("Invoice number " + invoiceOf(order), "Invoiced to An individual", unit,
                    "GEN-4 " + clause(opened, "GEN-4", Locale.ENGLISH), "DLV-4 " + clause(opened, "DLV-4", Locale.ENGLISH),
                    "Customer's signature");
            assertThat(text).doesNotContain("Tax number", "DLV-2");
        }

        @Test
        void a_bank_transfer_return_asks_for_the_iban_under_pay_3() throws Exception {
            String order = story.putOrder("DOCSB", Payment.bankTransfer(), Instant.now().minus(2, DAYS), Line.watch("1", serial(), "4999.00"));
            JsonNode opened = story.openReturn(order, "PHONE", null, "1");

            assertThat(text(api(Role.AGENT, "en", opened.get("id").asString(), "return-form")))
                    .contains("IBAN for the refund (PAY-3)", "PAY-3 " + clause(opened, "PAY-3", Locale.ENGLISH));
        }

        @Test
        void a_warranty_repair_has_none_and_says_why() throws Exception {
            JsonNode repaired = finishedRepair(serial(), "FIXED");
            MvcResult result = api(Role.AGENT, "en", repaired.get("id").asString(), "return-form");

            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(json(result).get("detail").asString()).contains(repaired.get("reference").asString(), "has no return form", "GEN-4");
        }
    }

    @Nested
    @DisplayName("the service report")
    class ServiceReport {

        @Test
        void a_fixed_repair_reports_the_diagnosis_coverage_dates_working_days_and_work_done_with_their_clauses() throws Exception {
            String unit = serial();
            JsonNode repaired = finishedRepair(unit, "FIXED");
            String text = text(api(Role.TECHNICIAN, "en", repaired.get("id").asString(), "service-report"));

            JsonNode finished = repaired.get("timeline").get(repaired.get("timeline").size() - 1);
            assertThat(finished.get("kind").asString()).isEqualTo("REPAIR_FINISHED");
            assertThat(text).contains("Service report", "Serial number " + unit, "Seiko 5 Sports (SEI-SRPD55K1)",
                    "Invoice number " + invoiceOf(repaired.get("orderNumber").asString()), "Fault code STOPS",
                    "The watch stops overnight although it is worn every day", "Cause Material fault (covered)",
                    "Covered by the warranty Yes: repaired free of any charge", "Findings Bench test",
                    "Working days from the fault's notification " + finished.get("details").get("workingDaysTaken").asInt(),
                    "Repair due (WAR-4)", "Work done Mainspring and barrel replaced", "Outcome Fixed",
                    "WAR-7 " + clause(repaired, "WAR-7", Locale.ENGLISH), "WAR-4 " + clause(repaired, "WAR-4", Locale.ENGLISH),
                    "WAR-3 " + clause(repaired, "WAR-3", Locale.ENGLISH), "Technical service",
                    repaired.get("inspections").get(0).get("inspectedBy").asString());
            assertThat(text).doesNotContain("WAR-8", "cannot be repaired");
        }

        @Test
        void a_not_repairable_report_states_the_war_8_g_entitlement_in_english_and_turkish() throws Exception {
            JsonNode report = finishedRepair(serial(), "NOT_REPAIRABLE");
            String id = report.get("id").asString();
            assertThat(report.get("status").asString()).isEqualTo("NOT_REPAIRABLE");

            assertThat(text(api(Role.AGENT, "en", id, "service-report"))).contains("Service report: the fault cannot be repaired",
                    "By WAR-8 (g) this report entitles the customer at once to a free replacement, a refund, or a discount",
                    "The customer has not chosen yet", "Outcome Not repairable", "WAR-8 " + clause(report, "WAR-8", Locale.ENGLISH));
            assertThat(text(api(Role.AGENT, "tr", id, "service-report"))).contains("Servis raporu: arıza onarılamıyor",
                    "WAR-8 (g) uyarınca bu rapor müşteriye", "Sonuç Onarılamaz", "Neden Malzeme hatası (garanti kapsamında)",
                    "WAR-8 " + clause(report, "WAR-8", TURKISH));
        }

        @Test
        void there_is_none_before_the_repair_finishes_nor_for_a_return_and_the_problem_says_why() throws Exception {
            Instant now = Instant.now();
            String unit = serial();
            String order = warranty.deliveredWatch("DOCSW", now.minus(60, DAYS).truncatedTo(ChronoUnit.SECONDS), unit, "6499.00", false);
            String id = warranty.open(order, unit, "STOPS", "PHONE", now.minus(1, DAYS).truncatedTo(ChronoUnit.SECONDS))
                    .get("id").asString();
            warranty.diagnose(id, "MATERIAL");
            warranty.startRepair(id);

            MvcResult inRepair = api(Role.TECHNICIAN, "en", id, "service-report");
            assertThat(inRepair.getResponse().getStatus()).isEqualTo(404);
            assertThat(inRepair.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(json(inRepair).get("detail").asString()).contains("no service report yet", "when the repair finishes");

            MvcResult aReturn = api(Role.AGENT, "en", companyReturn(serial()).get("id").asString(), "service-report");
            assertThat(aReturn.getResponse().getStatus()).isEqualTo(404);
            assertThat(json(aReturn).get("detail").asString()).contains("only a warranty repair has one");
        }
    }

    @Nested
    @DisplayName("the case summary")
    class Summary {

        @Test
        void it_carries_the_head_order_invoice_items_decision_with_each_clauses_text_deadlines_and_timeline() throws Exception {
            String unit = serial();
            JsonNode opened = companyReturn(unit);
            String id = opened.get("id").asString();
            String text = text(api(Role.FINANCE, "en", id, "summary"));

            assertThat(text).contains("Case summary " + opened.get("reference").asString(), "Status Requested",
                    "Order " + opened.get("orderNumber").asString(), invoiceOf(opened.get("orderNumber").asString()) + " · A company",
                    "Tax number (VKN) 1234567890", unit, "Policy version " + opened.get("policyVersion").asString(),
                    "Case opened", opened.get("openedBy").asString());
            assertThat(CaseStoryFixture.deadline(opened, "RETURN_WINDOW").get("met").asBoolean()).as("asked in time").isTrue();
            assertThat(text).containsPattern("Return window RET-1 \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} met");
            List<String> clauses = new ArrayList<>();
            opened.get("decision").get("clauses").forEach(clause -> clauses.add(clause.get("id").asString()));
            opened.get("decision").get("stillToCheck").forEach(clause -> clauses.add(clause.get("id").asString()));
            assertThat(clauses).isNotEmpty();
            for (String clause : clauses) {
                assertThat(text).as("clause %s with its text", clause).contains(clause + " " + clause(opened, clause, Locale.ENGLISH));
            }
            assertThat(text).contains(flat(opened.get("decision").get("reason").asString()));
        }

        @Test
        void in_turkish_for_a_finished_repair_with_its_met_deadline_and_every_event() throws Exception {
            JsonNode repaired = finishedRepair(serial(), "FIXED");
            String text = text(api(Role.AGENT, "tr", repaired.get("id").asString(), "summary"));
            JsonNode turkish = json(mvc.perform(get("/api/v1/cases/{id}", repaired.get("id").asString())
                    .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)).header(HttpHeaders.ACCEPT_LANGUAGE, "tr")).andReturn());

            assertThat(text).contains("Başvuru özeti " + repaired.get("reference").asString(), "Garanti onarımı", "Onarıldı",
                    "Onarım WAR-4", "zamanında", "Onarım başladı", "Onarım bitti", "Arıza tespit edildi",
                    "WAR-7 " + clause(repaired, "WAR-7", TURKISH), "Atıf yapılan maddelerin tam metni",
                    flat(turkish.get("decision").get("reason").asString()));
        }
    }

    @Nested
    @DisplayName("who may download them")
    class Access {

        @Test
        void the_api_wants_a_token_and_a_role_that_reads_cases() throws Exception {
            String id = companyReturn(serial()).get("id").asString();
            String path = "/api/v1/cases/" + id + "/documents/summary";

            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(401);
            for (Role role : List.of(Role.INTEGRATION, Role.ADMIN)) {
                MvcResult refused = api(role, "en", id, "summary");
                assertThat(refused.getResponse().getStatus()).as(role.name()).isEqualTo(403);
                assertThat(refused.getResponse().getContentType()).as(role.name()).doesNotContain("pdf");
            }
            for (Role role : List.of(Role.AGENT, Role.TECHNICIAN, Role.FINANCE)) {
                assertThat(api(role, "en", id, "summary").getResponse().getStatus()).as(role.name()).isEqualTo(200);
            }
        }

        @Test
        void an_unknown_case_or_document_is_a_404_problem_even_to_a_client_asking_only_for_pdf() throws Exception {
            String id = companyReturn(serial()).get("id").asString();

            MvcResult noCase = api(Role.AGENT, "en", UUID.randomUUID().toString(), "summary");
            assertThat(noCase.getResponse().getStatus()).isEqualTo(404);
            MvcResult noDocument = mvc.perform(get("/api/v1/cases/{id}/documents/invoice", id)
                    .header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.AGENT)).header(HttpHeaders.ACCEPT, "application/pdf")).andReturn();
            assertThat(noDocument.getResponse().getStatus()).isEqualTo(404);
            assertThat(body(noDocument)).contains("return-form, service-report and summary");
        }

        @Test
        void the_openapi_document_describes_the_download_as_a_pdf_with_its_three_documents() throws Exception {
            JsonNode docs = json(mvc.perform(get("/v3/api-docs")).andReturn());
            JsonNode download = docs.get("paths").get("/api/v1/cases/{id}/documents/{document}").get("get");

            assertThat(download.get("responses").get("200").get("content").has("application/pdf")).isTrue();
            assertThat(download.get("responses").get("404").get("content").has("application/problem+json")).isTrue();
            List<String> documents = new ArrayList<>();
            download.get("parameters").forEach(parameter -> {
                if (parameter.get("name").asString().equals("document")) {
                    parameter.get("schema").get("enum").forEach(value -> documents.add(value.asString()));
                }
            });
            assertThat(documents).containsExactly("return-form", "service-report", "summary");
            assertThat(download.get("description").asString()).contains("GEN-4", "DLV-4", "WAR-8 g", "Accept-Language");
        }

        @Test
        void the_portal_gives_a_customer_the_documents_of_their_own_orders_cases_only() throws Exception {
            JsonNode mine = companyReturn(serial());
            JsonNode theirs = companyReturn(serial());
            var me = user(mine.get("orderNumber").asString()).roles("CUSTOMER");
            String myCase = "/portal/cases/" + mine.get("id").asString();

            String page = body(mvc.perform(get(myCase).with(me)).andReturn());
            assertThat(page).contains(myCase + "/documents/return-form", myCase + "/documents/summary")
                    .doesNotContain(myCase + "/documents/service-report");
            MvcResult summary = mvc.perform(get(myCase + "/documents/summary").with(me).param("lang", "tr")).andReturn();
            assertThat(summary.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
            assertThat(text(summary)).contains("Başvuru özeti", mine.get("orderNumber").asString())
                    .as("a customer's copy names no staff user").doesNotContain(mine.get("openedBy").asString());
            assertThat(text(mvc.perform(get(myCase + "/documents/return-form").with(me)).andReturn()))
                    .contains(invoiceOf(mine.get("orderNumber").asString()), "1234567890");

            MvcResult someoneElses = mvc.perform(get("/portal/cases/{id}/documents/return-form", theirs.get("id").asString()).with(me))
                    .andReturn();
            assertThat(someoneElses.getResponse().getStatus()).isEqualTo(404);
            assertThat(body(someoneElses)).doesNotContain(theirs.get("orderNumber").asString());
            assertThat(mvc.perform(get(myCase + "/documents/service-report").with(me)).andReturn().getResponse().getStatus())
                    .isEqualTo(404);

            MvcResult noSession = mvc.perform(get(myCase + "/documents/summary")).andReturn();
            assertThat(noSession.getResponse().getStatus()).isEqualTo(302);
            assertThat(noSession.getResponse().getRedirectedUrl()).endsWith("/portal");
            assertThat(mvc.perform(get(myCase + "/documents/summary").with(signedIn(staff, Role.AGENT))).andReturn().getResponse().getStatus())
                    .as("staff are not the order's customer").isEqualTo(403);
        }

        @Test
        void a_customers_service_report_states_the_entitlement_and_names_no_staff_user() throws Exception {
            JsonNode report = finishedRepair(serial(), "NOT_REPAIRABLE");
            var customer = user(report.get("orderNumber").asString()).roles("CUSTOMER");
            MvcResult pdf = mvc.perform(get("/portal/cases/{id}/documents/service-report", report.get("id").asString())
                    .with(customer).param("lang", "en")).andReturn();

            assertThat(text(pdf)).contains("Service report: the fault cannot be repaired", "WAR-8 (g)",
                    "Invoice number " + invoiceOf(report.get("orderNumber").asString()))
                    .doesNotContain(report.get("inspections").get(0).get("inspectedBy").asString());
        }

        @Test
        void the_back_office_gives_them_to_staff_in_the_pages_language_and_links_them_from_the_case_page() throws Exception {
            JsonNode report = finishedRepair(serial(), "NOT_REPAIRABLE");
            String casePage = "/office/cases/" + report.get("id").asString();

            assertThat(body(mvc.perform(get(casePage).with(signedIn(staff, Role.TECHNICIAN))).andReturn()))
                    .contains(casePage + "/documents/service-report", casePage + "/documents/summary")
                    .doesNotContain(casePage + "/documents/return-form");
            MockHttpServletRequestBuilder download = get(casePage + "/documents/service-report").param("lang", "tr");
            MvcResult pdf = mvc.perform(download.with(signedIn(staff, Role.TECHNICIAN))).andReturn();
            assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                    .isEqualTo("attachment; filename=\"" + report.get("reference").asString() + "-service-report.pdf\"");
            assertThat(text(pdf)).contains("Servis raporu: arıza onarılamıyor", "WAR-8");

            assertThat(mvc.perform(get(casePage + "/documents/return-form").with(signedIn(staff, Role.AGENT))).andReturn()
                    .getResponse().getStatus()).isEqualTo(404);
            MvcResult anonymous = mvc.perform(get(casePage + "/documents/summary")).andReturn();
            assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
            assertThat(mvc.perform(get(casePage + "/documents/summary").with(signedIn(staff, Role.INTEGRATION))).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
        }
    }
}

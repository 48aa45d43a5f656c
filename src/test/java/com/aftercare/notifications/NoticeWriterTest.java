package com.aftercare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.SampleEvents;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseSummaries.CaseSummary;
import com.aftercare.cases.CaseSummaries.Decision;
import com.aftercare.cases.CaseSummaries.Deadline;
import com.aftercare.cases.CaseSummaries.Refund;
import com.aftercare.cases.CaseSummaries.Replacement;
import com.aftercare.cases.CaseType;
import com.aftercare.orders.Customer;
import com.aftercare.orders.Money;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.internal.ShippedPolicyBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every step the customer is told of reads whole in both languages; the store's own steps tell nothing. */
class NoticeWriterTest {

    private static final PolicyVersion POLICY = ShippedPolicyBook.load().inForceOn(LocalDate.of(2026, 5, 13));
    private static final Customer CUSTOMER = new Customer("ayse@example.com", "Ayşe Yılmaz", "0555 000 00 00", "tr");
    private static final NoticeWriter WRITER = new NoticeWriter(messages());
    /** A message key left as it is ("mail.x.subject"), not the word e-mail. */
    private static final String UNRESOLVED_KEY = "\\bmail\\.[A-Za-z]";

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/mail", "messages/reasons");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    static Stream<Arguments> toldKinds() {
        return told().stream()
                .flatMap(kind -> Stream.of(Arguments.of(kind, Locale.ENGLISH), Arguments.of(kind, Locale.forLanguageTag("tr"))));
    }

    private static List<CaseEventKind> told() {
        return Stream.of(CaseEventKind.values()).filter(kind -> NoticeWriter.tells(SampleEvents.of(kind))).toList();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("toldKinds")
    @DisplayName("each told step has a subject with the case's reference, a greeting, its own words and the portal link")
    void everyToldStepReadsWhole(CaseEventKind kind, Locale locale) {
        Notice notice = WRITER.write(event(kind), summary(CaseType.MISSING_ITEM), CUSTOMER, POLICY, locale,
                "https://service.example.com/portal").orElseThrow();
        assertThat(notice.subject()).startsWith("AC-2026-000123: ").doesNotContain("{").doesNotContainPattern(UNRESOLVED_KEY);
        assertThat(notice.greeting()).contains("Ayşe Yılmaz");
        assertThat(notice.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("{0}").doesNotContainPattern(UNRESOLVED_KEY));
        assertThat(notice.link()).isEqualTo("https://service.example.com/portal");
        assertThat(notice.footer()).contains(POLICY.store().name(), POLICY.store().phone(), "AC-2026-000123", "WEB-1001");
    }

    @Test
    @DisplayName("every step the customer is told of has a name on the timelines of the pages and the summary, in both languages")
    void everyToldStepHasATimelineName() throws Exception {
        for (String bundle : List.of("messages/pages.properties", "messages/pages_tr.properties")) {
            var texts = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(told()).isNotEmpty().allSatisfy(kind -> assertThat(texts.getProperty("event." + kind)).as(bundle + " event." + kind)
                    .isNotBlank());
        }
    }

    @Test
    @DisplayName("the store's own steps (an attachment, a loaner coming back, the customer's own answers) tell the customer nothing")
    void storeStepsAreNotTold() {
        for (String kind : List.of("ATTACHMENT_ADDED", "LOANER_RETURNED", "PICKED_UP", "QUOTE_ACCEPTED", "QUOTE_DECLINED",
                "DOCUMENTS_UPDATED", "UNUSABLE_CONFIRMATION", "REMEDY_CHOSEN")) {
            assertThat(WRITER.write(event(CaseEventKind.valueOf(kind)), summary(CaseType.RETURN), CUSTOMER, POLICY, Locale.ENGLISH, "x"))
                    .as(kind).isEmpty();
        }
    }

    @Test
    @DisplayName("a missing item on its way says so, not 'replacement'; a refund names its amount, installments and bank window")
    void missingItemAndRefund() {
        Notice missing = WRITER.write(event(CaseEventKind.REPLACEMENT_SHIPPED), summary(CaseType.MISSING_ITEM), CUSTOMER, POLICY,
                Locale.ENGLISH, "x").orElseThrow();
        assertThat(missing.subject()).isEqualTo("AC-2026-000123: the missing item is on its way");
        assertThat(missing.facts()).extracting(Notice.Fact::value).contains("Yurtiçi Kargo", "YK-778899", "SN-1");

        Notice refund = WRITER.write(event(CaseEventKind.REFUND_ISSUED), summary(CaseType.RETURN), CUSTOMER, POLICY,
                Locale.forLanguageTag("tr"), "x").orElseThrow();
        assertThat(String.join(" ", refund.paragraphs())).contains("8999.90 TRY", "24 Kasım 2026", "4 Aralık 2026", "3 taksitte");
        assertThat(refund.clauses()).extracting(c -> c.id()).containsExactly("PAY-3");
    }

    private static CaseEventRecorded event(CaseEventKind kind) {
        return new CaseEventRecorded(new CaseId(UUID.randomUUID()), 1, "AC-2026-000123", CaseType.RETURN, CaseStatus.ACCEPTED,
                "WEB-1001", List.of("PAY-3"), Instant.parse("2026-11-21T09:00:00Z"), SampleEvents.of(kind), null);
    }

    private static CaseSummary summary(CaseType type) {
        var accepted = new Decision("ACCEPTED", "Taken back.", List.of());
        return new CaseSummary(new CaseId(UUID.randomUUID()), "AC-2026-000123", type, CaseStatus.ACCEPTED, "WEB-1001", "2026.1",
                List.of(), accepted,
                List.of(new Deadline("REFUND", OffsetDateTime.of(2026, 12, 5, 23, 59, 59, 0, ZoneOffset.ofHours(3)), "RET-6", null)),
                List.of(), List.of(), List.of(),
                new Refund(Money.of("8999.90", "TRY"), "CARD_INSTALLMENT_PLAN", 3, LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 12, 4), List.of()),
                new Replacement("Yurtiçi Kargo", "YK-778899", List.of("SN-1")), null);
    }
}

package com.aftercare.cases;

import static com.aftercare.cases.CaseStoryFixture.moment;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStoryFixture.Line;
import com.aftercare.cases.CaseStoryFixture.Payment;
import com.aftercare.identity.Role;
import com.aftercare.platform.mail.MailDispatcher;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.support.ApiTokens;
import com.aftercare.support.IntegrationTest;
import com.aftercare.support.MutableClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The customer hears of every step they can see, by e-mail, in their language, once: the mail is
 * queued with the step and sent once the step is committed; a mail server that is down delays the mail and loses nothing. A real
 * SMTP server (GreenMail) runs in the test's process on a port of its own, so it can be stopped and
 * started again on the same address.
 */
@IntegrationTest
@DisplayName("Customer e-mail about their cases")
class CustomerNotificationsTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), TurkishCalendar.ZONE);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("aftercare.public-url", () -> "https://service.example.com");
        // MockMvc's requests name localhost: the store lets its own machine in beside the public name.
        registry.add("aftercare.allowed-hosts", () -> "localhost");
    }

    @TestConfiguration
    static class MovingClock {

        @Bean
        @Primary
        Clock movingClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Cases cases;
    @MockitoSpyBean
    MailOutbox outbox;
    @Autowired
    com.aftercare.cases.warranty.LoanerClock loaners;

    private CaseStoryFixture story;

    @BeforeAll
    static void startMailServer() {
        SMTP.start();
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @BeforeEach
    void stage() throws Exception {
        story = new CaseStoryFixture(mvc, tokens);
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
        // Leave nothing from an earlier test due: every test counts only its own mail.
        dispatcher.dispatchDue();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    @DisplayName("a return tells a Turkish customer each step once, in Turkish, with the pickup code, the clauses and the bank window")
    void returnToldInTurkish() throws Exception {
        Instant now = CLOCK.instant();
        String order = story.putOrder("MAIL", Payment.card("WORLD", 3), now.minus(5, DAYS),
                Line.smartWatch("1", "SW-" + UUID.randomUUID(), "8999.90"));
        JsonNode opened = story.openReturn(order, "PHONE", now.minus(2, DAYS), "1");
        String id = opened.get("id").asString();
        String reference = opened.get("reference").asString();
        JsonNode arranged = story.post(201, Role.AGENT, "/api/v1/cases/{id}/shipments", """
                {"carrier": "Yurtiçi Kargo", "storeArranged": true}""", id);
        String pickupCode = arranged.get("shipments").get(0).get("pickupCode").asString();
        story.post(200, Role.AGENT, "/api/v1/cases/{id}/shipments/{s}/pickup", "{\"at\": \"" + moment(now.minus(1, HOURS)) + "\"}",
                id, arranged.get("shipments").get(0).get("id").asString());
        story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt", """
                {"receivedAt": "%s", "packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}"""
                .formatted(moment(now.minus(10, MINUTES))), id);
        story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/inspections", """
                {"lineId": "1", "used": false, "dataTransferred": false, "paired": false, "hygieneSealOpened": false}""", id);
        JsonNode refunded = story.post(201, Role.FINANCE, "/api/v1/cases/{id}/refund", null, id);

        // Opened, pickup code, received, inspected, refunded: five mails; the pickup itself is the carrier's news.
        List<MimeMessage> mails = sentAbout(reference, 5);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
                reference + ": talebinizi aldık",
                reference + ": ürününüzün bize ulaşması",
                reference + ": ürününüz bize ulaştı",
                reference + ": inceleme sonucu",
                reference + ": ödeme iadeniz yapıldı");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ayse@example.com"));

        String openedText = GreenMailUtil.getBody(mails.get(0));
        assertThat(text(mails.get(0))).contains("Sayın Ayşe Yılmaz", "Talebinizi (iade) açtık", "RET-1",
                "https://service.example.com/portal");
        assertThat(openedText).isNotBlank();
        assertThat(text(mails.get(1))).contains(pickupCode, "Yurtiçi Kargo", "Bu gönderinin ücretini mağaza öder.", "RET-5", "GEN-5");
        assertThat(text(mails.get(3))).contains("Talebiniz kabul edildi.", "RET-3", "RET-4");
        JsonNode window = refunded.get("refund").get("expectedWindow");
        String refundText = text(mails.get(4));
        assertThat(refundText).contains("8999.90 TRY", "3 taksitte", "PAY-3",
                turkishDate(window.get("from").asString()), turkishDate(window.get("until").asString()));

        // Sending again finds nothing more to send: each mail went once.
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(5);
    }

    @Test
    @DisplayName("the mails of one case go in the order of its events, whatever order they were queued in, and wait for an earlier one's retry")
    void mailsOfOneCaseGoInEventOrder() throws Exception {
        String thread = "case:" + UUID.randomUUID();
        for (long position : new long[] {30, 10, 20}) {
            outbox.enqueue(new com.aftercare.platform.mail.OutgoingMail("order-test:" + thread + ":" + position, "ayse@example.com",
                    thread + " step " + position, "text", null, null), new MailOutbox.Thread(thread, position));
        }
        dispatcher.dispatchDue();
        assertThat(subjectsAbout(thread)).containsExactly(thread + " step 10", thread + " step 20", thread + " step 30");

        // The server refuses the next mail of another case; its later mail waits with it, though it is due.
        String later = "case:" + UUID.randomUUID();
        SMTP.stop();
        outbox.enqueue(new com.aftercare.platform.mail.OutgoingMail("order-test:" + later + ":1", "ayse@example.com",
                later + " step 1", "text", null, null), new MailOutbox.Thread(later, 1));
        dispatcher.dispatchDue();
        SMTP.start();
        outbox.enqueue(new com.aftercare.platform.mail.OutgoingMail("order-test:" + later + ":2", "ayse@example.com",
                later + " step 2", "text", null, null), new MailOutbox.Thread(later, 2));
        dispatcher.dispatchDue();
        assertThat(subjectsAbout(later)).as("step 2 waits for step 1's retry").isEmpty();

        CLOCK.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(subjectsAbout(later)).containsExactly(later + " step 1", later + " step 2");
    }

    private static List<String> subjectsAbout(String thread) {
        return Arrays.stream(SMTP.getReceivedMessages()).map(CustomerNotificationsTest::subject)
                .filter(subject -> subject.startsWith(thread)).toList();
    }

    @Test
    @DisplayName("an English customer is written to in English, with the clauses' English texts")
    void englishCustomer() throws Exception {
        Instant now = CLOCK.instant();
        String order = watchOrder("MAILEN");
        speaksEnglish(order);
        JsonNode opened = story.openReturn(order, "WEB", now.minus(1, HOURS), "1");

        MimeMessage mail = sentAbout(opened.get("reference").asString(), 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo(opened.get("reference").asString() + ": we have received your request");
        assertThat(text(mail)).contains("Dear Ayşe Yılmaz,", "We have opened your return", "RET-1", "The store's terms that apply")
                .doesNotContain("Sayın");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(GreenMailUtil.getBody(mail)).contains("text/html");
    }

    @Test
    @DisplayName("a unit refused on inspection is told with the evidence photos' names")
    void refusalWithEvidence() throws Exception {
        Instant now = CLOCK.instant();
        String order = story.putOrder("MAILNO", Payment.card(null, 1), now.minus(5, DAYS),
                Line.smartWatch("1", "SW-" + UUID.randomUUID(), "4999.90"));
        JsonNode opened = story.openReturn(order, "WEB", now.minus(2, DAYS), "1");
        String id = opened.get("id").asString();
        story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/receipt", """
                {"receivedAt": "%s", "packaging": "INTACT", "signedReturnForm": true, "originalInvoice": true}"""
                .formatted(moment(now.minus(1, HOURS))), id);
        String photo = story.attachPhoto(id);
        story.post(201, Role.TECHNICIAN, "/api/v1/cases/{id}/inspections", """
                {"lineId": "1", "used": true, "dataTransferred": true, "paired": true, "hygieneSealOpened": false,
                 "evidence": ["%s"]}""".formatted(photo), id);

        List<MimeMessage> mails = sentAbout(opened.get("reference").asString(), 3);
        String inspected = text(mails.get(2));
        assertThat(inspected).contains("Üzgünüz, talebinizi kabul edemiyoruz.", "RET-3", "no-fault.png", "Kanıt");
    }

    @Test
    @DisplayName("a warranty repair tells the repair's start, the loaner owed only after the 10th working day, the end, and WAR-8's remedy")
    void warrantyRepair() throws Exception {
        var warranty = new WarrantyFixture(story);
        String serial = WarrantyFixture.serial();
        Instant notifiedAt = CLOCK.instant().minus(1, MINUTES);
        String order = warranty.deliveredWatch("MAILWAR", CLOCK.instant().minus(40, DAYS), serial, "12999.00", true);
        JsonNode opened = warranty.open(order, serial, "STOPS", "PHONE", notifiedAt);
        String id = opened.get("id").asString();
        String reference = opened.get("reference").asString();
        warranty.diagnose(id, "MATERIAL");
        warranty.startRepair(id);
        List<MimeMessage> first = sentAbout(reference, 3);
        assertThat(first).extracting(CustomerNotificationsTest::subject).containsExactly(
                reference + ": talebinizi aldık", reference + ": teknik servisin tespiti", reference + ": onarım başladı");
        assertThat(text(first.get(2))).contains("Onarım için son gün", "Bu tarihe kadar onarılmazsa yedek saat hakkı", "WAR-4");

        // The last second of the 10th working day: the store may still lend one, nothing is owed yet.
        Instant loanerDue = WarrantyFixture.loanerDue(notifiedAt);
        CLOCK.advance(Duration.between(CLOCK.instant(), loanerDue));
        loaners.noteLoanersDue();
        assertThat(timelineKinds(id)).doesNotContain("LOANER_DUE");
        // A second later it is owed, once, however often the clock looks, even two instances' clocks at the same moment.
        CLOCK.advance(Duration.ofSeconds(1));
        var twoInstances = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var go = new java.util.concurrent.CountDownLatch(1);
            var runs = List.of(twoInstances.submit(() -> {
                go.await();
                return loaners.noteLoanersDue();
            }), twoInstances.submit(() -> {
                go.await();
                return loaners.noteLoanersDue();
            }));
            go.countDown();
            int noted = 0;
            for (var run : runs) {
                noted += run.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(noted).as("cases noted by both clocks together").isGreaterThanOrEqualTo(1);
        } finally {
            twoInstances.shutdownNow();
        }
        loaners.noteLoanersDue();
        assertThat(timelineKinds(id)).containsOnlyOnce("LOANER_DUE");
        MimeMessage owed = sentAbout(reference, 4).get(3);
        assertThat(owed.getSubject()).isEqualTo(reference + ": size yedek saat");
        assertThat(text(owed)).contains("WAR-5");

        // Not repairable, with the service's report: WAR-8 (g) entitles her at once, and she is told both.
        warranty.finishRepair(id, "NOT_REPAIRABLE");
        // The two are recorded in the same second, so they may arrive in either order.
        List<MimeMessage> all = sentAbout(reference, 6);
        MimeMessage finished = all.stream().filter(m -> subject(m).equals(reference + ": onarım tamamlandı")).findFirst().orElseThrow();
        assertThat(text(finished)).contains("onarılamayacağını");
        MimeMessage entitled = all.stream().filter(m -> subject(m).equals(reference + ": değişim veya iade seçebilirsiniz"))
                .findFirst().orElseThrow();
        assertThat(text(entitled)).contains("WAR-8", "portalda");
        assertThat(timelineKinds(id)).containsOnlyOnce("REMEDY_ENTITLED");
    }

    @Test
    @DisplayName("a portal sign-in link goes by the same mail server, once, with the link in it")
    void signInLinkByMail() throws Exception {
        String order = watchOrder("MAILLINK");
        mvc.perform(post("/portal/link")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2." + (1 + (int) (System.nanoTime() % 250)));
                            return request;
                        })
                        .param("orderNumber", order).param("email", "ayse@example.com"))
                .andReturn();
        String link = jdbc.sql("select link from outgoing_mail where link like ? order by id desc limit 1")
                .param("%/portal/sign-in%").query(String.class).single();

        dispatcher.dispatchDue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return text(m).contains(link);
            } catch (Exception e) {
                return false;
            }
        })).hasSize(1);
    }

    private List<String> timelineKinds(String caseId) {
        return jdbc.sql("select kind from case_event where case_id = ? order by id").param(UUID.fromString(caseId))
                .query(String.class).list();
    }

    @Test
    @DisplayName("a mail server that is down delays the mail, which goes once it is back, not before its next attempt")
    void mailServerDown() throws Exception {
        SMTP.stop();
        Instant now = CLOCK.instant();
        String order = watchOrder("MAILDOWN");
        JsonNode opened = story.openReturn(order, "WEB", now.minus(1, HOURS), "1");
        String key = "case-event:" + firstEventId(opened.get("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> queued(key) == 1);

        assertThat(dispatcher.dispatchDue()).isZero();
        var waiting = jdbc.sql("select status, attempts, last_error, next_attempt_at from outgoing_mail where dedupe_key = ?")
                .param(key).query().singleRow();
        assertThat(waiting.get("status")).isEqualTo("PENDING");
        assertThat(waiting.get("attempts")).isEqualTo(1);
        assertThat((String) waiting.get("last_error")).isNotBlank();
        assertThat(((java.sql.Timestamp) waiting.get("next_attempt_at")).toInstant()).isEqualTo(CLOCK.instant().plus(1, MINUTES));

        // Back up, but the next attempt is not due yet: nothing goes.
        SMTP.start();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        // A minute later it goes, once.
        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).startsWith(opened.get("reference").asString());
        // The same Message-ID on every attempt, so a server that got an earlier copy can drop this one.
        long mailId = jdbc.sql("select id from outgoing_mail where dedupe_key = ?").param(key).query(Long.class).single();
        assertThat(SMTP.getReceivedMessages()[0].getMessageID()).isEqualTo("<mail-" + mailId + "@example.com>");
        assertThat(jdbc.sql("select status, attempts from outgoing_mail where dedupe_key = ?").param(key).query().singleRow())
                .containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    @DisplayName("the same event handled twice queues and sends one mail")
    void redeliveredEventSendsOnce() throws Exception {
        Instant now = CLOCK.instant();
        String order = watchOrder("MAILTWICE");
        JsonNode opened = story.openReturn(order, "WEB", now.minus(1, HOURS), "1");
        String reference = opened.get("reference").asString();
        long eventId = firstEventId(opened.get("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> queued("case-event:" + eventId) == 1);

        // The registry hands the same event over again (as after a crash before it was marked complete).
        transactions.executeWithoutResult(status -> events.publishEvent(new CaseEventRecorded(
                new CaseId(UUID.fromString(opened.get("id").asString())), eventId, reference, CaseType.RETURN, CaseStatus.ACCEPTED,
                order, List.of("RET-1"), now, SampleEvents.of(CaseEventKind.CASE_OPENED), asStored(opened))));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> queued("case-event:" + eventId) == 1);

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(sentAbout(reference, 1)).hasSize(1);
    }

    @Test
    @DisplayName("the mail is queued in the step's own transaction: with the step, or not at all when it rolls back")
    void queuedWithTheStep() throws Exception {
        Instant now = CLOCK.instant();
        String order = watchOrder("MAILTX");
        JsonNode opened = story.openReturn(order, "WEB", now.minus(1, HOURS), "1");
        CaseId caseId = new CaseId(UUID.fromString(opened.get("id").asString()));
        long fakeEventId = -System.nanoTime();
        var event = new CaseEventRecorded(caseId, fakeEventId, opened.get("reference").asString(), CaseType.RETURN,
                CaseStatus.ACCEPTED, order, List.of(), now, SampleEvents.of(CaseEventKind.CANCELLED), asStored(opened));

        transactions.executeWithoutResult(status -> {
            events.publishEvent(event);
            assertThat(queued("case-event:" + fakeEventId)).as("queued inside the step's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(queued("case-event:" + fakeEventId)).as("gone with the step that rolled back").isZero();

        transactions.executeWithoutResult(status -> events.publishEvent(event));
        assertThat(queued("case-event:" + fakeEventId)).as("kept with the step that committed").isEqualTo(1);
    }

    @Test
    @DisplayName("a mail that cannot be queued (the database away for a moment) fails its step whole, and the step taken again mails once")
    void mailNotQueuedFailsTheStep() throws Exception {
        doThrow(new DataAccessResourceFailureException("the database went away")).doCallRealMethod().when(outbox).enqueue(any(), any());
        Instant now = CLOCK.instant();
        String order = watchOrder("MAILCRASH");
        String body = """
                {"type": "RETURN", "orderNumber": "%s", "items": [{"lineId": "1"}], "channel": "WEB"}""".formatted(order);

        MvcResult refused = story.call(Role.AGENT, "/api/v1/cases", body);
        assertThat(refused.getResponse().getStatus()).isEqualTo(503);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from case_file where order_number = ?").param(order).query(Long.class).single())
                .as("no case without its mail").isZero();

        JsonNode opened = CaseStoryFixture.expect(201, story.call(Role.AGENT, "/api/v1/cases", body));
        assertThat(sentAbout(opened.get("reference").asString(), 1)).hasSize(1);
    }

    /** An order of one smart watch, paid by card in one go and delivered three days ago (by the test's clock). */
    private String watchOrder(String prefix) throws Exception {
        return story.putOrder(prefix, Payment.card(null, 1), CLOCK.instant().minus(3, DAYS),
                Line.smartWatch("1", "SW-" + UUID.randomUUID(), "4999.90"));
    }

    private CaseFile asStored(JsonNode answer) {
        return cases.find(new CaseId(UUID.fromString(answer.get("id").asString()))).orElseThrow();
    }

    private long queued(String key) {
        return jdbc.sql("select count(*) from outgoing_mail where dedupe_key = ?").param(key).query(Long.class).single();
    }

    private long firstEventId(String caseId) {
        return jdbc.sql("select min(id) from case_event where case_id = ?").param(UUID.fromString(caseId)).query(Long.class).single();
    }

    /** Waits for the case's mails to be queued, sends them, and answers those the SMTP server got, in order. */
    private List<MimeMessage> sentAbout(String reference, int expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from outgoing_mail where subject like ?")
                .param(reference + ":%").query(Long.class).single() >= expected);
        dispatcher.dispatchDue();
        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).startsWith(reference + ":")).toList();
        assertThat(mails).as("mails about %s", reference).hasSize(expected);
        return mails;
    }

    private void speaksEnglish(String order) throws Exception {
        String document = mvc.perform(get("/api/v1/orders/{n}", order).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var result = mvc.perform(put("/api/v1/orders/{n}", order).header(HttpHeaders.AUTHORIZATION, tokens.bearer(Role.INTEGRATION))
                .contentType(MediaType.APPLICATION_JSON).content(document.replace("\"locale\":\"tr\"", "\"locale\":\"en\"")
                        .replaceAll(",\"version\":\\d+", ""))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's plain text part, decoded. */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            return partText(multipart);
        }
        return String.valueOf(content);
    }

    private static String partText(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                String text = partText(nested);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String turkishDate(String isoDate) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.forLanguageTag("tr")).format(java.time.LocalDate.parse(isoDate));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.aftercare.notifications;

import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.CaseSummaries;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.mail.OutgoingMail;
import com.aftercare.platform.web.PublicAddress;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each case event the customer should hear of into one queued e-mail in their language.
 * It runs after the step's commit, in a transaction of its own, and its publication is kept by the
 * event publication registry until it completes: a crash before it ran leaves the publication to be
 * resubmitted at the next start, and the mail's key ({@code case-event:<timeline id>}) keeps a second
 * run from queueing a second mail.
 */
@Component
class CaseNotifications {

    private static final Logger log = LoggerFactory.getLogger(CaseNotifications.class);

    private final Orders orders;
    private final CaseSummaries cases;
    private final PolicyBook policies;
    private final NoticeWriter writer;
    private final NoticeRenderer renderer;
    private final MailOutbox outbox;
    private final String portalLink;

    CaseNotifications(Orders orders, CaseSummaries cases, PolicyBook policies, NoticeWriter writer, NoticeRenderer renderer,
            MailOutbox outbox, PublicAddress address) {
        this.orders = orders;
        this.cases = cases;
        this.policies = policies;
        this.writer = writer;
        this.renderer = renderer;
        this.outbox = outbox;
        this.portalLink = address.link("/portal");
    }

    @ApplicationModuleListener
    void on(CaseEventRecorded event) {
        if (!NoticeWriter.tells(event.event())) {
            return;
        }
        Order order = orders.find(new OrderNumber(event.orderNumber())).orElseThrow(() ->
                new IllegalStateException("order " + event.orderNumber() + " of case " + event.reference() + " is gone"));
        Locale locale = "tr".equalsIgnoreCase(order.customer().locale()) ? Locale.forLanguageTag("tr") : Locale.ENGLISH;
        var summary = cases.find(event.caseId(), locale).orElseThrow(() ->
                new IllegalStateException("case " + event.reference() + " is gone"));
        PolicyVersion policy = policies.named(summary.policyVersion());
        writer.write(event, summary, order.customer(), policy, locale, portalLink).ifPresent(notice -> {
            boolean queued = outbox.enqueue(new OutgoingMail("case-event:" + event.eventId(), order.customer().email(),
                    notice.subject(), renderer.text(notice), renderer.html(notice, locale), null),
                    new MailOutbox.Thread("case:" + event.caseId().value(), event.eventId()));
            if (!queued) {
                log.info("The mail for event {} of case {} was queued before; not queued again", event.eventId(), event.reference());
            }
        });
    }
}

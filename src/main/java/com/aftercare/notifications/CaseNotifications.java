package com.aftercare.notifications;

import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.CaseSummaries;
import com.aftercare.orders.Customer;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.mail.OutgoingMail;
import com.aftercare.platform.web.PublicAddress;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each case event the customer should hear of into one queued e-mail in their language. It
 * runs inside the step's transaction, before it commits, from the event's own data (the case as the
 * step left it; the customer's address in one query): the mail is queued with the step or not at all,
 * with no bookkeeping of its own, and the dispatcher sends it after the commit. The mail's key
 * ({@code case-event:<timeline id>}) keeps an event handled twice from queueing a second mail.
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

    @EventListener
    void on(CaseEventRecorded event) {
        if (!NoticeWriter.tells(event.event())) {
            return;
        }
        Customer customer = orders.customerOf(new OrderNumber(event.orderNumber())).orElseThrow(() ->
                new IllegalStateException("order " + event.orderNumber() + " of case " + event.reference() + " is gone"));
        Locale locale = "tr".equalsIgnoreCase(customer.locale()) ? Locale.forLanguageTag("tr") : Locale.ENGLISH;
        var summary = cases.of(Objects.requireNonNull(event.after(), "the case as the step left it"), locale);
        PolicyVersion policy = policies.named(summary.policyVersion());
        writer.write(event, summary, customer, policy, locale, portalLink).ifPresent(notice -> {
            boolean queued = outbox.enqueue(new OutgoingMail("case-event:" + event.eventId(), customer.email(),
                    notice.subject(), renderer.text(notice), renderer.html(notice, locale), null),
                    new MailOutbox.Thread("case:" + event.caseId().value(), event.eventId()));
            if (!queued) {
                log.info("The mail for event {} of case {} was queued before; not queued again", event.eventId(), event.reference());
            }
        });
    }
}

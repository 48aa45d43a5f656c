package com.aftercare.notifications;

import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseEventRecorded;
import com.aftercare.cases.CaseSummaries.CaseSummary;
import com.aftercare.cases.CaseSummaries.Decision;
import com.aftercare.cases.CaseSummaries.Shipment;
import com.aftercare.cases.CaseType;
import com.aftercare.notifications.Notice.Fact;
import com.aftercare.orders.Customer;
import com.aftercare.orders.Money;
import com.aftercare.policy.CitedClause;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.StoreContact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the customer is told of each step they can see, in their language: the case opened with its
 * verdict, a pickup code, the goods received, the inspection's result (with the evidence when a unit
 * is refused), the refund with its bank window, a replacement or missing item on its way, the repair
 * starting and ending, a loaner owed or lent, and WAR-8's replacement or refund. Steps only the store
 * sees (an attachment, a loaner coming back) tell the customer nothing.
 */
@Component
class NoticeWriter {

    private final MessageSource messages;

    NoticeWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the customer is told of this step; the store's own steps (an attachment, a loaner back) tell nothing. */
    static boolean tells(CaseEvent event) {
        return switch (event) {
            case CaseEvent.PickedUp e -> false;
            case CaseEvent.DocumentsUpdated e -> false;
            case CaseEvent.AttachmentAdded e -> false;
            case CaseEvent.QuoteAnswered e -> false;
            case CaseEvent.LoanerReturned e -> false;
            case CaseEvent.UnusableConfirmation e -> false;
            case CaseEvent.RemedyChosen e -> false;
            default -> true;
        };
    }

    /** The notice for the event, or empty when the customer is not told of this kind of step. */
    Optional<Notice> write(CaseEventRecorded recorded, CaseSummary summary, Customer customer, PolicyVersion policy,
            Locale locale, String portalLink) {
        if (!tells(recorded.event())) {
            return Optional.empty();
        }
        var text = new Texts(locale);
        var parts = new Parts(text);
        List<CitedClause> clauses = policy.cite(recorded.clauses().stream().map(ClauseId::of).toList(), locale);
        String subjectKey = "mail." + recorded.kind() + ".subject";
        switch (recorded.event()) {
            case CaseEvent.CaseOpened e -> {
                parts.say("mail.CASE_OPENED." + summary.decision().outcome(), text.type(summary.type()));
                parts.reason(summary.decision());
                openDeadlines(summary, text, parts);
            }
            case CaseEvent.ReturnShipmentArranged e -> {
                var shipment = e.shipment();
                if (shipment.pickupCode() != null) {
                    parts.say("mail.RETURN_SHIPMENT_ARRANGED.pickup", shipment.carrier());
                    parts.fact(text.get("mail.fact.pickupCode"), shipment.pickupCode());
                } else {
                    parts.say("mail.RETURN_SHIPMENT_ARRANGED.send", shipment.carrier());
                }
                parts.fact(text.get("mail.fact.carrier"), shipment.carrier());
                tracking(shipment, text, parts);
                parts.say("mail.payer." + shipment.payer());
                latest(summary, "TO_STORE").map(Shipment::payerReason).ifPresent(parts::plain);
            }
            case CaseEvent.GoodsReceived e -> {
                parts.say("mail.GOODS_RECEIVED.body", text.date(recorded.at()));
                if (!"ACCEPTED".equals(summary.decision().outcome())) {
                    parts.reason(summary.decision());
                }
            }
            case CaseEvent.ItemInspected e -> result(summary, e.evidence(), text, parts);
            case CaseEvent.Diagnosed e -> result(summary, e.evidence(), text, parts);
            case CaseEvent.Examined e -> result(summary, List.of(), text, parts);
            case CaseEvent.InvestigationDecided e -> result(summary, List.of(), text, parts);
            case CaseEvent.DamageReportRecorded e -> result(summary, List.of(), text, parts);
            case CaseEvent.PhotosRequested e -> parts.say("mail.PHOTOS_REQUESTED.body");
            case CaseEvent.InvoiceResent e -> parts.say("mail.INVOICE_RESENT.body", e.invoice());
            case CaseEvent.RefundIssued e -> {
                var refund = summary.refund();
                parts.say("mail.REFUND_ISSUED.body", money(refund.amount()), text.get("mail.destination." + refund.destination()));
                if (refund.expectedFrom() != null) {
                    parts.say("mail.REFUND_ISSUED.window", text.date(refund.expectedFrom()), text.date(refund.expectedUntil()));
                    parts.fact(text.get("mail.fact.bankWindow"), text.date(refund.expectedFrom()) + " – " + text.date(refund.expectedUntil()));
                }
                if (refund.installments() > 1) {
                    parts.say("mail.REFUND_ISSUED.installments", refund.installments());
                }
                parts.fact(text.get("mail.fact.amount"), money(refund.amount()));
            }
            case CaseEvent.ReplacementShipped e -> {
                boolean missing = summary.type() == CaseType.MISSING_ITEM;
                parts.say(missing ? "mail.REPLACEMENT_SHIPPED.missing" : "mail.REPLACEMENT_SHIPPED.body");
                subjectKey = missing ? "mail.REPLACEMENT_SHIPPED.missing.subject" : subjectKey;
                var replacement = summary.replacement();
                if (replacement != null) {
                    parts.fact(text.get("mail.fact.carrier"), replacement.carrier());
                    if (replacement.trackingNumber() != null) {
                        parts.fact(text.get("mail.fact.tracking"), replacement.trackingNumber());
                    }
                    replacement.serialNumbers().forEach(serial -> parts.fact(text.get("mail.fact.serial"), serial));
                }
            }
            case CaseEvent.SentBack e -> {
                parts.say("mail.SENT_BACK.body", e.shipment().carrier());
                tracking(e.shipment(), text, parts);
                parts.say("mail.payer." + e.shipment().payer());
            }
            case CaseEvent.RepairQuoted e -> parts.say("mail.REPAIR_QUOTED.body", e.amount().amountText() + " " + e.amount().currency());
            case CaseEvent.RepairStarted e -> {
                parts.say(e.paid() ? "mail.REPAIR_STARTED.paid" : "mail.REPAIR_STARTED.body");
                openDeadlines(summary, text, parts);
            }
            case CaseEvent.RepairFinished e -> {
                parts.say("mail.REPAIR_FINISHED." + e.outcome(), e.workingDaysTaken());
                if (e.workDone() != null) {
                    parts.fact(text.get("mail.fact.workDone"), e.workDone());
                }
            }
            case CaseEvent.LoanerDue e -> parts.say("mail.LOANER_DUE.body");
            case CaseEvent.LoanerLent e -> {
                parts.say("mail.LOANER_LENT.body");
                parts.fact(text.get("mail.fact.loaner"), e.loaner());
            }
            case CaseEvent.RemedyEntitled e -> {
                parts.say("mail.REMEDY_ENTITLED.body");
                parts.plain(messages.getMessage(e.reason().key(), e.reason().arguments().toArray(), e.reason().defaultText(), locale));
                parts.say("mail.REMEDY_ENTITLED.choose");
            }
            case CaseEvent.Cancelled e -> parts.say("mail.CANCELLED.body");
            case CaseEvent.PickedUp e -> throw untold(e);
            case CaseEvent.DocumentsUpdated e -> throw untold(e);
            case CaseEvent.AttachmentAdded e -> throw untold(e);
            case CaseEvent.QuoteAnswered e -> throw untold(e);
            case CaseEvent.LoanerReturned e -> throw untold(e);
            case CaseEvent.UnusableConfirmation e -> throw untold(e);
            case CaseEvent.RemedyChosen e -> throw untold(e);
        }
        StoreContact store = policy.store();
        return Optional.of(new Notice(
                text.get(subjectKey, summary.reference()),
                text.get("mail.greeting", customer.name()),
                parts.paragraphs, parts.facts, clauses,
                text.get("mail.clauses"),
                text.get("mail.link"),
                portalLink,
                text.get("mail.signature", store.name()),
                text.get("mail.footer", store.name(), store.email(), store.phone(), summary.reference(), summary.orderNumber())));
    }

    private static IllegalStateException untold(CaseEvent event) {
        return new IllegalStateException("the customer is not told of " + event.kind());
    }

    private static void tracking(CaseEvent.ShipmentFacts shipment, Texts text, Parts parts) {
        if (shipment.trackingNumber() != null) {
            parts.fact(text.get("mail.fact.tracking"), shipment.trackingNumber());
        }
    }

    private static void openDeadlines(CaseSummary summary, Texts text, Parts parts) {
        summary.deadlines().stream().filter(d -> d.met() == null)
                .forEach(d -> parts.fact(text.get("mail.deadline." + d.kind()), text.date(d.due())));
    }

    /** An inspection's, a diagnosis's or an examination's result, with the evidence shown when the unit is refused (RET-5). */
    private static void result(CaseSummary summary, List<UUID> evidenceIds, Texts text, Parts parts) {
        Decision decision = summary.decision();
        parts.say("mail.result." + decision.outcome());
        parts.reason(decision);
        List<String> evidence = evidenceOf(evidenceIds, summary);
        if ("REJECTED".equals(decision.outcome()) && !evidence.isEmpty()) {
            parts.say("mail.result.evidence", evidence.size());
            evidence.forEach(name -> parts.fact(text.get("mail.fact.evidence"), name));
        }
    }

    private static Optional<Shipment> latest(CaseSummary summary, String direction) {
        return summary.shipments().stream().filter(s -> s.direction().equals(direction)).reduce((first, second) -> second);
    }

    /** The file names of the photos and videos the step showed (RET-5's evidence), as the case lists them. */
    private static List<String> evidenceOf(List<UUID> ids, CaseSummary summary) {
        List<String> names = new ArrayList<>();
        for (UUID id : ids) {
            summary.attachments().stream().filter(a -> a.id().equals(id)).findFirst().ifPresent(a -> names.add(a.filename()));
        }
        return names;
    }

    private static String money(Money money) {
        return money.amountText() + " " + money.currency();
    }

    /** The texts of one language. */
    private final class Texts {

        private final Locale locale;
        private final DateTimeFormatter dates;

        Texts(Locale locale) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String type(CaseType type) {
            return get("mail.type." + type.name());
        }

        String date(OffsetDateTime moment) {
            return moment == null ? "" : dates.format(moment.atZoneSameInstant(com.aftercare.calendar.TurkishCalendar.ZONE));
        }

        String date(java.time.Instant moment) {
            return dates.format(moment.atZone(com.aftercare.calendar.TurkishCalendar.ZONE));
        }

        String date(LocalDate day) {
            return day == null ? "" : dates.format(day);
        }
    }

    /** The paragraphs and facts of one notice as they are written. */
    private static final class Parts {

        private final Texts text;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();

        Parts(Texts text) {
            this.text = text;
        }

        void say(String key, Object... arguments) {
            paragraphs.add(text.get(key, arguments));
        }

        void plain(String paragraph) {
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }

        void reason(Decision decision) {
            if (decision != null) {
                plain(decision.reason());
            }
        }

        void fact(String label, String value) {
            facts.add(new Fact(label, value));
        }
    }
}

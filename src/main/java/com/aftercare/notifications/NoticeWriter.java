package com.aftercare.notifications;

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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** The event kinds that reach the customer; every other kind is the store's own business. */
    static final Set<String> TOLD = Set.of("CASE_OPENED", "RETURN_SHIPMENT_ARRANGED", "GOODS_RECEIVED", "ITEM_INSPECTED",
            "DIAGNOSED", "EXAMINED", "INVESTIGATION_DECIDED", "DAMAGE_REPORT_RECORDED", "PHOTOS_REQUESTED", "INVOICE_RESENT",
            "REFUND_ISSUED", "REPLACEMENT_SHIPPED", "SENT_BACK", "REPAIR_QUOTED", "REPAIR_STARTED", "REPAIR_FINISHED",
            "LOANER_DUE", "LOANER_LENT", "REMEDY_ENTITLED", "CANCELLED");

    private final MessageSource messages;

    NoticeWriter(MessageSource messages) {
        this.messages = messages;
    }

    /** The notice for the event, or empty when the customer is not told of this kind of step. */
    Optional<Notice> write(CaseEventRecorded event, CaseSummary summary, Customer customer, PolicyVersion policy,
            Locale locale, String portalLink) {
        if (!TOLD.contains(event.kind())) {
            return Optional.empty();
        }
        var text = new Texts(locale);
        var parts = new Parts(text);
        Map<String, Object> details = event.details();
        List<CitedClause> clauses = policy.cite(event.clauses().stream().map(ClauseId::of).toList(), locale);
        String subjectKey = "mail." + event.kind() + ".subject";
        switch (event.kind()) {
            case "CASE_OPENED" -> {
                parts.say("mail.CASE_OPENED." + summary.decision().outcome(), text.type(summary.type()));
                parts.reason(summary.decision());
                summary.deadlines().stream().filter(d -> d.met() == null)
                        .forEach(d -> parts.fact(text.get("mail.deadline." + d.kind()), text.date(d.due())));
            }
            case "RETURN_SHIPMENT_ARRANGED" -> {
                Object pickupCode = details.get("pickupCode");
                if (pickupCode != null) {
                    parts.say("mail.RETURN_SHIPMENT_ARRANGED.pickup", details.get("carrier"));
                    parts.fact(text.get("mail.fact.pickupCode"), String.valueOf(pickupCode));
                } else {
                    parts.say("mail.RETURN_SHIPMENT_ARRANGED.send", details.get("carrier"));
                }
                parts.fact(text.get("mail.fact.carrier"), String.valueOf(details.get("carrier")));
                trackingOf(details).ifPresent(t -> parts.fact(text.get("mail.fact.tracking"), t));
                parts.say("mail.payer." + details.get("payer"));
                latest(summary, "TO_STORE").map(Shipment::payerReason).ifPresent(parts::plain);
            }
            case "GOODS_RECEIVED" -> {
                parts.say("mail.GOODS_RECEIVED.body", text.date(event.at()));
                if (!"ACCEPTED".equals(summary.decision().outcome())) {
                    parts.reason(summary.decision());
                }
            }
            case "ITEM_INSPECTED", "DIAGNOSED", "EXAMINED", "INVESTIGATION_DECIDED", "DAMAGE_REPORT_RECORDED" -> {
                Decision decision = summary.decision();
                parts.say("mail.result." + decision.outcome());
                parts.reason(decision);
                List<String> evidence = evidenceOf(details, summary);
                if ("REJECTED".equals(decision.outcome()) && !evidence.isEmpty()) {
                    parts.say("mail.result.evidence", evidence.size());
                    evidence.forEach(name -> parts.fact(text.get("mail.fact.evidence"), name));
                }
            }
            case "PHOTOS_REQUESTED" -> parts.say("mail.PHOTOS_REQUESTED.body");
            case "INVOICE_RESENT" -> parts.say("mail.INVOICE_RESENT.body", details.get("invoice"));
            case "REFUND_ISSUED" -> {
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
            case "REPLACEMENT_SHIPPED" -> {
                parts.say(summary.type() == CaseType.MISSING_ITEM ? "mail.REPLACEMENT_SHIPPED.missing" : "mail.REPLACEMENT_SHIPPED.body");
                subjectKey = summary.type() == CaseType.MISSING_ITEM ? "mail.REPLACEMENT_SHIPPED.missing.subject" : subjectKey;
                var replacement = summary.replacement();
                if (replacement != null) {
                    parts.fact(text.get("mail.fact.carrier"), replacement.carrier());
                    if (replacement.trackingNumber() != null) {
                        parts.fact(text.get("mail.fact.tracking"), replacement.trackingNumber());
                    }
                    replacement.serialNumbers().forEach(serial -> parts.fact(text.get("mail.fact.serial"), serial));
                }
            }
            case "SENT_BACK" -> {
                parts.say("mail.SENT_BACK.body", details.get("carrier"));
                trackingOf(details).ifPresent(t -> parts.fact(text.get("mail.fact.tracking"), t));
                parts.say("mail.payer." + details.get("payer"));
            }
            case "REPAIR_QUOTED" -> parts.say("mail.REPAIR_QUOTED.body", details.get("amount") + " " + details.get("currency"));
            case "REPAIR_STARTED" -> {
                parts.say(Boolean.TRUE.equals(details.get("paid")) ? "mail.REPAIR_STARTED.paid" : "mail.REPAIR_STARTED.body");
                summary.deadlines().stream().filter(d -> d.met() == null)
                        .forEach(d -> parts.fact(text.get("mail.deadline." + d.kind()), text.date(d.due())));
            }
            case "REPAIR_FINISHED" -> {
                parts.say("mail.REPAIR_FINISHED." + details.get("outcome"), details.get("workingDaysTaken"));
                Object workDone = details.get("workDone");
                if (workDone != null) {
                    parts.fact(text.get("mail.fact.workDone"), String.valueOf(workDone));
                }
            }
            case "LOANER_DUE" -> parts.say("mail.LOANER_DUE.body");
            case "LOANER_LENT" -> {
                parts.say("mail.LOANER_LENT.body");
                parts.fact(text.get("mail.fact.loaner"), String.valueOf(details.get("loaner")));
            }
            case "REMEDY_ENTITLED" -> {
                parts.say("mail.REMEDY_ENTITLED.body");
                Object key = details.get("reasonKey");
                if (key != null) {
                    List<?> arguments = details.get("reasonArguments") instanceof List<?> list ? list : List.of();
                    parts.plain(messages.getMessage(String.valueOf(key), arguments.toArray(),
                            String.valueOf(details.getOrDefault("reason", "")), locale));
                }
                parts.say("mail.REMEDY_ENTITLED.choose");
            }
            case "CANCELLED" -> parts.say("mail.CANCELLED.body");
            default -> throw new IllegalStateException("no notice written for " + event.kind());
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

    private static Optional<String> trackingOf(Map<String, Object> details) {
        return Optional.ofNullable(details.get("trackingNumber")).map(String::valueOf);
    }

    private static Optional<Shipment> latest(CaseSummary summary, String direction) {
        return summary.shipments().stream().filter(s -> s.direction().equals(direction)).reduce((first, second) -> second);
    }

    /** The file names of the photos and videos the step showed (RET-5's evidence), as the case lists them. */
    private static List<String> evidenceOf(Map<String, Object> details, CaseSummary summary) {
        if (!(details.get("evidence") instanceof Collection<?> ids)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Object id : ids) {
            summary.attachments().stream().filter(a -> a.id().equals(UUID.fromString(String.valueOf(id))))
                    .findFirst().ifPresent(a -> names.add(a.filename()));
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

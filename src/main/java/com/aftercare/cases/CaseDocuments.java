package com.aftercare.cases;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseViews.CaseView;
import com.aftercare.cases.CaseViews.DeadlineView;
import com.aftercare.cases.CaseViews.DecisionView;
import com.aftercare.cases.CaseViews.EventView;
import com.aftercare.cases.CaseViews.InspectionView;
import com.aftercare.cases.CaseViews.ItemView;
import com.aftercare.documents.PdfDocuments;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.orders.PaymentMethod;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.policy.CitedClause;
import com.aftercare.policy.PolicyBook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The case's printable documents, as PDFs in the reader's language: the pre-filled return form
 * (GEN-4, DLV-4), the service report of a finished warranty repair (with the not-repairable report
 * that entitles the customer, WAR-8 g), and a summary of the whole case. This class builds each
 * document's model from the case and its order; the documents module renders it and knows nothing
 * of cases. The API, the back office and the portal serve the same bytes, each after its own check
 * of who may see the case.
 */
@Component
public class CaseDocuments {

    /** The documents a case can have, by the name their download path carries. */
    public enum Document {
        RETURN_FORM("return-form"),
        SERVICE_REPORT("service-report"),
        SUMMARY("summary");

        private final String slug;

        Document(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        public static Optional<Document> ofSlug(String slug) {
            return Arrays.stream(values()).filter(document -> document.slug.equals(slug)).findFirst();
        }
    }

    /** Who the copy is for: a customer's copy leaves out the staff's user names on the timeline. */
    public enum Reader { STAFF, CUSTOMER }

    /** A rendered document and the name it is downloaded under. */
    public record Pdf(String filename, byte[] content) {
    }

    /** A returned item with what it was invoiced for (unit price × quantity). */
    public record InvoicedItem(ItemView item, Money amount) {
    }

    /** The case types whose goods travel back to the store with the invoice's return fields signed. */
    private static final Set<CaseType> RETURN_FORM_TYPES = Set.of(CaseType.RETURN, CaseType.DEFECT_AFTER_DELIVERY);

    private final CaseViews views;
    private final Orders orders;
    private final PolicyBook policies;
    private final PdfDocuments pdf;
    private final StoreSettings store;
    private final Clock clock;

    CaseDocuments(CaseViews views, Orders orders, PolicyBook policies, PdfDocuments pdf, StoreSettings store, Clock clock) {
        this.views = views;
        this.orders = orders;
        this.policies = policies;
        this.pdf = pdf;
        this.store = store;
        this.clock = clock;
    }

    /** The documents this case has now, for the links on its pages. */
    public static List<Document> available(CaseView view) {
        return Arrays.stream(Document.values()).filter(document -> missing(view, document).isEmpty()).toList();
    }

    /**
     * Why the case has no such document now, or empty when it has. A return form exists for a
     * return or a defect found after delivery (its goods travel back, GEN-4, DLV-4) unless the case was
     * refused at once or cancelled; a service report once a warranty repair has finished (FIXED or
     * NOT_REPAIRABLE); a summary always.
     */
    static Optional<String> missing(CaseView view, Document document) {
        return switch (document) {
            case RETURN_FORM -> !RETURN_FORM_TYPES.contains(view.type())
                    ? Optional.of("Case " + view.reference() + " has no return form: only a return or a defect found after delivery "
                            + "sends goods back with the invoice's return fields (GEN-4, DLV-4).")
                    : view.status() == CaseStatus.REJECTED || view.status() == CaseStatus.CANCELLED
                    ? Optional.of("Case " + view.reference() + " has no return form: it is " + view.status()
                            + ", so no goods travel back.")
                    : Optional.empty();
            case SERVICE_REPORT -> view.type() != CaseType.WARRANTY
                    ? Optional.of("Case " + view.reference() + " has no service report: only a warranty repair has one.")
                    : view.warranty() == null || view.warranty().repairFinishedAt() == null
                    ? Optional.of("Case " + view.reference() + " has no service report yet: it is written when the repair "
                            + "finishes, fixed or not repairable.")
                    : Optional.empty();
            case SUMMARY -> Optional.empty();
        };
    }

    /**
     * The document as a download: {@code application/pdf}, saved under the case's reference, never
     * cached (it carries personal data and changes with the case).
     *
     * @param slug {@code return-form}, {@code service-report} or {@code summary}
     * @throws NotFoundException for another name, or a document this case does not have (the message says why)
     */
    public ResponseEntity<byte[]> download(CaseFile file, String slug, Reader reader, Locale locale) {
        Pdf document = render(file, slug, reader, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.filename()).build().toString())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    public Pdf render(CaseFile file, String slug, Reader reader, Locale locale) {
        Document document = Document.ofSlug(slug).orElseThrow(() -> new NotFoundException("There is no document '" + slug
                + "'; a case's documents are return-form, service-report and summary."));
        CaseView view = views.of(file, locale);
        missing(view, document).ifPresent(why -> {
            throw new NotFoundException(why);
        });
        Order order = orders.find(new OrderNumber(file.orderNumber()))
                .orElseThrow(() -> new IllegalStateException("case " + file.reference() + " names order " + file.orderNumber()
                        + ", which is not stored"));
        Map<String, Object> model = new HashMap<>();
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.SECONDS).atZone(TurkishCalendar.ZONE).toOffsetDateTime();
        model.put("c", view);
        model.put("order", order);
        model.put("store", policies.inForceOn(LocalDate.now(clock.withZone(TurkishCalendar.ZONE))).store());
        model.put("returnAddress", store.returnAddress());
        model.put("generatedAt", now);
        model.put("staffCopy", reader == Reader.STAFF);
        switch (document) {
            case RETURN_FORM -> returnForm(view, order, locale, model);
            case SERVICE_REPORT -> serviceReport(view, locale, model);
            case SUMMARY -> summary(view, locale, model);
        }
        byte[] content = pdf.render(document.slug(), model, locale);
        return new Pdf(file.reference() + "-" + document.slug() + ".pdf", content);
    }

    /** GEN-4; DLV-4 for a defective unit exchanged one to one; DLV-2 for a company; PAY-3 when the refund needs an IBAN. */
    private void returnForm(CaseView view, Order order, Locale locale, Map<String, Object> model) {
        List<String> clauses = new ArrayList<>(List.of("GEN-4"));
        if (view.type() == CaseType.DEFECT_AFTER_DELIVERY) {
            clauses.add("DLV-4");
        }
        if (order.invoice().isCorporate()) {
            clauses.add("DLV-2");
        }
        boolean needsIban = order.payment().method() != PaymentMethod.CARD && view.type() == CaseType.RETURN;
        if (needsIban) {
            clauses.add("PAY-3");
        }
        List<InvoicedItem> items = view.items().stream()
                .map(item -> new InvoicedItem(item, item.unitPrice().times(item.quantity()))).toList();
        model.put("items", items);
        model.put("total", items.stream().map(InvoicedItem::amount).reduce(Money::plus).orElse(null));
        model.put("needsIban", needsIban);
        model.put("clauses", views.cite(view, clauses, locale));
    }

    private void serviceReport(CaseView view, Locale locale, Map<String, Object> model) {
        List<InspectionView> inspections = view.inspections();
        InspectionView diagnosis = inspections.isEmpty() ? null : inspections.getLast();
        Optional<EventView> finished = view.timeline().stream().filter(e -> e.kind().equals(CaseEventKind.REPAIR_FINISHED.name())).reduce((a, b) -> b);
        boolean notRepairable = view.warranty().repairOutcome() == RepairOutcome.NOT_REPAIRABLE;
        model.put("unit", view.items().isEmpty() ? null : view.items().getFirst());
        model.put("diagnosis", diagnosis);
        model.put("coverageClauses", diagnosis == null ? List.of() : diagnosis.decision().clauses());
        model.put("workingDays", finished.map(e -> e.details().get("workingDaysTaken")).orElse(null));
        model.put("repairDeadline", deadline(view, "REPAIR"));
        model.put("notRepairable", notRepairable);
        // WAR-8 is cited once, in full, where the report states the entitlement.
        model.put("repairClauses", finished.map(EventView::clauses).orElse(List.of()).stream()
                .filter(clause -> !(notRepairable && clause.id().equals("WAR-8"))).toList());
        model.put("entitlement", notRepairable ? views.cite(view, List.of("WAR-8"), locale).getFirst() : null);
    }

    private void summary(CaseView view, Locale locale, Map<String, Object> model) {
        Set<String> ids = new LinkedHashSet<>();
        addAll(ids, view.decision());
        view.items().forEach(item -> addAll(ids, item.decision()));
        view.deadlines().stream().map(DeadlineView::clause).filter(id -> id != null).forEach(ids::add);
        view.timeline().forEach(event -> event.clauses().forEach(clause -> ids.add(clause.id())));
        view.shipments().forEach(shipment -> shipment.clauses().forEach(clause -> ids.add(clause.id())));
        view.inspections().forEach(inspection -> addAll(ids, inspection.decision()));
        if (view.receipt() != null) {
            addAll(ids, view.receipt().decision());
        }
        if (view.refund() != null) {
            addAll(ids, view.refund().decision());
        }
        if (view.delivery() != null && view.delivery().investigation() != null) {
            addAll(ids, view.delivery().investigation());
        }
        model.put("cited", views.cite(view, List.copyOf(ids), locale));
    }

    private static void addAll(Set<String> ids, DecisionView decision) {
        decision.clauses().stream().map(CitedClause::id).forEach(ids::add);
        decision.stillToCheck().stream().map(CitedClause::id).forEach(ids::add);
    }

    private static DeadlineView deadline(CaseView view, String kind) {
        return view.deadlines().stream().filter(d -> d.kind().equals(kind)).findFirst().orElse(null);
    }
}

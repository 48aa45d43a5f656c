package com.aftercare.cases.core;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.RepairOutcome;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredReasoning;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Channel;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseFile.AttachmentInfo;
import com.aftercare.cases.CaseFile.Deadline;
import com.aftercare.cases.CaseFile.Event;
import com.aftercare.cases.CaseFile.InspectionRecord;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseFile.ReceiptRecord;
import com.aftercare.cases.CaseFile.RefundRecord;
import com.aftercare.cases.CaseFile.ReplacementRecord;
import com.aftercare.cases.CaseFile.ShipmentRecord;
import com.aftercare.orders.Money;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.returns.InstallmentReversal;
import com.aftercare.policy.returns.Packaging;
import com.aftercare.policy.returns.Payer;
import com.aftercare.policy.returns.RefundDestination;
import com.aftercare.policy.returns.ShipmentDirection;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Cases in PostgreSQL: readable SQL, one query per part of a case. */
@Repository
public class CaseRepository {

    /**
     * Open cases, as {@link com.aftercare.cases.CaseStatus#isClosed()} decides, spelled as SQL literals: the open
     * queue's partial indexes (V57) carry the same predicate, so the planner can use them.
     */
    public static final String OPEN = "status not in (" + com.aftercare.cases.CaseStatus.closed().stream()
            .map(status -> "'" + status.name() + "'").collect(java.util.stream.Collectors.joining(", ")) + ")";

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };
    private static final TypeReference<List<InstallmentReversal>> REVERSALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String nextReference() {
        long next = jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
        return "AC-%06d".formatted(next);
    }

    void insert(CaseFile file) {
        jdbc.sql("""
                insert into case_file (id, reference, type, status, order_number, channel, requested_at, description,
                                       fault_code, fault_description, remedy, policy_version, decision, opened_by,
                                       opened_at, updated_at, version)
                values (:id, :reference, :type, :status, :order, :channel, :requestedAt, :description, :faultCode,
                        :faultDescription, :remedy, :policyVersion, cast(:decision as jsonb), :openedBy, :openedAt,
                        :openedAt, 0)""")
                .param("id", file.id().value()).param("reference", file.reference())
                .param("type", file.type().name()).param("status", file.status().name())
                .param("order", file.orderNumber()).param("channel", file.channel().name())
                .param("requestedAt", ts(file.requestedAt())).param("description", file.description())
                .param("faultCode", file.faultCode()).param("faultDescription", file.faultDescription())
                .param("remedy", file.remedy() == null ? null : file.remedy().name())
                .param("policyVersion", file.policyVersion()).param("decision", write(file.decision()))
                .param("openedBy", file.openedBy()).param("openedAt", ts(file.openedAt()))
                .update();
        for (Item item : file.items()) {
            jdbc.sql("""
                    insert into case_item (case_id, position, line_id, serial_numbers, quantity, sku, name, category,
                                           unit_price, currency, verdict)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                    .params(file.id().value(), item.position(), item.lineId(), item.serialNumbers().toArray(String[]::new),
                            item.quantity(), item.sku(), item.name(), item.category().name(), item.unitPrice().amount(),
                            item.unitPrice().currency(), write(item.verdict()))
                    .update();
        }
    }

    /** How many of a line are already in returns that may still take them back. */
    /**
     * Serialises the openings of cases on one order until the caller's transaction ends: what an opening checks
     * (no more of a line in open returns than was bought, one open warranty case per unit) then sees every case
     * opened before it, and two openings at the same moment cannot both pass a check only one may pass.
     */
    void lockOrderForOpening(String orderNumber) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('case-opening:' || ?))").param(orderNumber).query().singleValue();
    }

    int quantityInOpenReturns(String orderNumber, String lineId) {
        return jdbc.sql("""
                select coalesce(sum(i.quantity), 0)
                  from case_item i join case_file c on c.id = i.case_id
                 where c.order_number = ? and i.line_id = ? and c.type = 'RETURN'
                   and c.status not in ('REJECTED', 'CANCELLED', 'REFUSED', 'SENT_BACK')""")
                .params(orderNumber, lineId).query(Integer.class).single();
    }

    /**
     * Moves the case to its new state if nobody changed it since it was read; otherwise nothing is
     * written and the whole step rolls back (409: "changed by someone else").
     */
    void advance(CaseFile file, CaseStatus status, StoredVerdict decision, Instant now) {
        int updated = jdbc.sql("""
                update case_file set status = ?, decision = cast(? as jsonb), updated_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(status.name(), write(decision), ts(now), file.id().value(), file.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + file.reference() + " changed since version " + file.version());
        }
    }

    /** The case's version, its row locked until the transaction ends (an {@code If-Match} step). */
    public Optional<LockedVersion> lockVersion(CaseId id) {
        return jdbc.sql("select reference, version from case_file where id = ? for update").param(id.value())
                .query((rs, n) -> new LockedVersion(rs.getString("reference"), rs.getInt("version"))).optional();
    }

    record LockedVersion(String reference, int version) {
    }

    public void updateItemVerdict(CaseId id, int position, StoredVerdict verdict) {
        jdbc.sql("update case_item set verdict = cast(? as jsonb) where case_id = ? and position = ?")
                .params(write(verdict), id.value(), position).update();
    }

    /** Sets one of the case's deadlines and, in the same statement, the next deadline the queue sorts on (V57). */
    public void putDeadline(CaseId id, String kind, Instant due, String clause, Boolean met, Instant settledAt) {
        jdbc.sql("""
                with put as (
                    insert into case_deadline (case_id, kind, due, clause, met, settled_at)
                    values (:id, :kind, :due, :clause, :met, :settledAt)
                    on conflict (case_id, kind) do update set due = excluded.due, clause = excluded.clause,
                                                              met = excluded.met, settled_at = excluded.settled_at
                    returning case_id)
                """ + QUEUE_NEXT_DEADLINE + """
                   (select d.kind, d.due, d.clause from case_deadline d where d.case_id = c.id and d.met is null and d.kind <> :kind
                    union all
                    select cast(:kind as varchar), cast(:due as timestamptz), cast(:clause as varchar) where cast(:met as boolean) is null)
                """ + QUEUE_NEXT_DEADLINE_END + " and exists (select 1 from put)")
                .param("id", id.value()).param("kind", kind).param("due", ts(due)).param("clause", clause)
                .param("met", met, java.sql.Types.BOOLEAN).param("settledAt", ts(settledAt)).param("none", ts(NO_DEADLINE))
                .update();
    }

    /** Removes one of the case's deadlines and, in the same statement, sets the next one the queue sorts on. */
    public void removeDeadline(CaseId id, String kind) {
        jdbc.sql("""
                with gone as (delete from case_deadline where case_id = :id and kind = :kind returning case_id)
                """ + QUEUE_NEXT_DEADLINE + """
                   (select d.kind, d.due, d.clause from case_deadline d where d.case_id = c.id and d.met is null and d.kind <> :kind)
                """ + QUEUE_NEXT_DEADLINE_END)
                .param("id", id.value()).param("kind", kind).param("none", ts(NO_DEADLINE))
                .update();
    }

    /** The key the queue sorts on when a case has no clock running: after every real deadline (V57). */
    public static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    /**
     * The case's next open deadline, stored where the queue's index finds it whenever its clocks change: the soonest of
     * the open deadlines the statement gives, in its own snapshot (the deadline it writes is given as a row, since a
     * statement does not see its own changes), or none.
     */
    private static final String QUEUE_NEXT_DEADLINE = """
            update case_file c
               set (next_deadline_kind, next_due, next_clause, queue_due) =
                   (select n.kind, n.due, n.clause, coalesce(n.due, :none)
                      from (select 1) one
                      left join lateral (select o.kind, o.due, o.clause from
            """;
    private static final String QUEUE_NEXT_DEADLINE_END = """
                    o order by o.due, o.kind limit 1) n on true)
             where c.id = :id""";

    /** @return the new timeline entry's id */
    long appendEvent(CaseId id, Instant at, String actor, String kind, List<String> clauses, Map<String, Object> details) {
        return jdbc.sql("insert into case_event (case_id, at, actor, kind, clauses, details) values (?, ?, ?, ?, ?, cast(? as jsonb)) returning id")
                .params(id.value(), ts(at), actor, kind, clauses.toArray(String[]::new), write(details)).query(Long.class).single();
    }

    void insertShipment(CaseId id, ShipmentRecord shipment) {
        jdbc.sql("""
                insert into case_shipment (id, case_id, direction, carrier, store_arranged, pickup_code, tracking_number,
                                           payer, payer_decision, arranged_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(shipment.id(), id.value(), shipment.direction().name(), shipment.carrier(), shipment.storeArranged(),
                        shipment.pickupCode(), shipment.trackingNumber(), shipment.payer().name(),
                        write(shipment.payerDecision()), ts(shipment.arrangedAt()))
                .update();
    }

    void markPickedUp(UUID shipmentId, Instant at) {
        jdbc.sql("update case_shipment set picked_up_at = ? where id = ?").params(ts(at), shipmentId).update();
    }

    void insertReceipt(CaseId id, ReceiptRecord receipt) {
        jdbc.sql("""
                insert into case_receipt (case_id, received_at, packaging, signed_return_form, original_invoice,
                                          company_return_invoice, notes, verdict, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(id.value(), ts(receipt.receivedAt()), receipt.packaging().name(), receipt.signedReturnForm(),
                        receipt.originalInvoice(), receipt.companyReturnInvoice(), receipt.notes(), write(receipt.verdict()),
                        receipt.recordedBy())
                .update();
    }

    void updateReceiptDocuments(CaseId id, boolean signedReturnForm, boolean originalInvoice, boolean companyReturnInvoice,
            StoredVerdict verdict) {
        jdbc.sql("""
                update case_receipt set signed_return_form = ?, original_invoice = ?, company_return_invoice = ?,
                                        verdict = cast(? as jsonb)
                 where case_id = ?""")
                .params(signedReturnForm, originalInvoice, companyReturnInvoice, write(verdict), id.value()).update();
    }

    public void insertInspection(CaseId id, InspectionRecord inspection) {
        jdbc.sql("""
                insert into case_inspection (id, case_id, item_position, used, data_transferred, paired, hygiene_seal_opened,
                                             no_fault_found, evidence, notes, verdict, inspected_at, inspected_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(inspection.id(), id.value(), inspection.itemPosition(), inspection.used(), inspection.dataTransferred(),
                        inspection.paired(), inspection.hygieneSealOpened(), inspection.noFaultFound(),
                        inspection.evidence().toArray(UUID[]::new), inspection.notes(), write(inspection.verdict()),
                        ts(inspection.inspectedAt()), inspection.inspectedBy())
                .update();
    }

    /** What the file is; its content is the evidence store's (keyed by the same id). */
    public void insertAttachment(CaseId id, AttachmentInfo info) {
        jdbc.sql("""
                insert into case_attachment (id, case_id, kind, filename, content_type, size_bytes, sha256,
                                             description, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(info.id(), id.value(), info.kind().name(), info.filename(), info.contentType(), info.size(), info.sha256(),
                        info.description(), ts(info.uploadedAt()), info.uploadedBy())
                .update();
    }

    void insertRefund(CaseId id, RefundRecord refund) {
        jdbc.sql("""
                insert into case_refund (case_id, amount, currency, destination, iban, reversals, expected_from,
                                         expected_until, decision, issued_at, issued_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, ?)""")
                .params(id.value(), refund.amount().amount(), refund.amount().currency(), refund.destination().name(),
                        refund.iban(), write(refund.reversals()), refund.expectedFrom(), refund.expectedUntil(),
                        write(refund.decision()), ts(refund.issuedAt()), refund.issuedBy())
                .update();
    }

    void insertReplacement(CaseId id, ReplacementRecord replacement) {
        jdbc.sql("""
                insert into case_replacement (case_id, carrier, tracking_number, serial_numbers, shipped_at, shipped_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id.value(), replacement.carrier(), replacement.trackingNumber(),
                        replacement.serialNumbers().toArray(String[]::new), ts(replacement.shippedAt()), replacement.shippedBy())
                .update();
    }

    /**
     * RET-5 counts a unit's shipments: those of every case about any of these serial numbers (or,
     * for goods without one, of this case), each with what the store found <em>after</em> it arrived
     * (as {@link com.aftercare.policy.returns.EarlierShipment} reads them): whether a no-fault
     * finding, shown with evidence or not, followed it in its case.
     */
    List<PriorShipment> shipmentsOfUnits(CaseId id, List<String> serialNumbers) {
        return jdbc.sql("""
                select s.direction, s.arranged_at,
                       exists (select 1 from case_inspection i
                                where i.case_id = s.case_id and i.no_fault_found and cardinality(i.evidence) > 0
                                  and i.inspected_at >= s.arranged_at) as no_fault_with_evidence_found_after,
                       exists (select 1 from case_inspection i
                                where i.case_id = s.case_id and i.no_fault_found
                                  and i.inspected_at >= s.arranged_at) as no_fault_found_after
                  from case_shipment s
                 where s.case_id = ?
                    or s.case_id in (select ci.case_id from case_item ci where ci.serial_numbers && ?)
                 order by s.arranged_at""")
                .params(id.value(), serialNumbers.toArray(String[]::new))
                .query((rs, n) -> new PriorShipment(ShipmentDirection.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(4), rs.getBoolean(3)))
                .list();
    }

    /** A shipment that happened before, as RET-5 looks at it. */
    record PriorShipment(ShipmentDirection direction, Instant arrangedAt, boolean noFaultFound, boolean visualEvidenceShown) {
    }

    public Optional<CaseFile> load(CaseId id) {
        return jdbc.sql("""
                select id, reference, type, status, order_number, channel, requested_at, description, fault_code,
                       fault_description, remedy, policy_version, decision, opened_by, opened_at, updated_at, version
                  from case_file where id = ?""")
                .param(id.value())
                .query((rs, n) -> head(rs))
                .optional()
                .map(head -> withParts(head, id));
    }

    private CaseFile withParts(CaseFile head, CaseId id) {
        return new CaseFile(head.id(), head.reference(), head.type(), head.status(), head.orderNumber(), head.channel(),
                head.requestedAt(), head.description(), head.faultCode(), head.faultDescription(), head.remedy(),
                head.policyVersion(), head.decision(), head.openedBy(), head.openedAt(), head.updatedAt(), head.version(),
                items(id), deadlines(id), timeline(id), shipments(id), receipt(id).orElse(null), inspections(id),
                attachments(id), refund(id).orElse(null), replacement(id).orElse(null), delivery(id).orElse(null),
                warranty(id).orElse(null), loans(id));
    }

    private CaseFile head(ResultSet rs) throws SQLException {
        String remedy = rs.getString("remedy");
        return new CaseFile(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                CaseType.valueOf(rs.getString("type")), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("order_number"), Channel.valueOf(rs.getString("channel")), instant(rs, "requested_at"),
                rs.getString("description"), rs.getString("fault_code"), rs.getString("fault_description"),
                remedy == null ? null : Remedy.valueOf(remedy), rs.getString("policy_version"),
                read(rs.getString("decision"), StoredVerdict.class), rs.getString("opened_by"), instant(rs, "opened_at"),
                instant(rs, "updated_at"), rs.getInt("version"), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), null, null, null, null, List.of());
    }

    private List<Item> items(CaseId id) {
        return jdbc.sql("select * from case_item where case_id = ? order by position").param(id.value())
                .query((rs, n) -> new Item(rs.getInt("position"), rs.getString("line_id"), strings(rs.getArray("serial_numbers")),
                        rs.getInt("quantity"), rs.getString("sku"), rs.getString("name"),
                        ProductCategory.valueOf(rs.getString("category")),
                        new Money(rs.getBigDecimal("unit_price"), rs.getString("currency").trim()),
                        read(rs.getString("verdict"), StoredVerdict.class)))
                .list();
    }

    private List<Deadline> deadlines(CaseId id) {
        return jdbc.sql("select * from case_deadline where case_id = ? order by due").param(id.value())
                .query((rs, n) -> new Deadline(rs.getString("kind"), instant(rs, "due"), rs.getString("clause"),
                        (Boolean) rs.getObject("met"), instant(rs, "settled_at")))
                .list();
    }

    private List<Event> timeline(CaseId id) {
        return jdbc.sql("select * from case_event where case_id = ? order by id").param(id.value())
                .query((rs, n) -> new Event(rs.getLong("id"), instant(rs, "at"), rs.getString("actor"), CaseEventKind.valueOf(rs.getString("kind")),
                        strings(rs.getArray("clauses")), json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    private List<ShipmentRecord> shipments(CaseId id) {
        return jdbc.sql("select * from case_shipment where case_id = ? order by arranged_at").param(id.value())
                .query((rs, n) -> new ShipmentRecord(rs.getObject("id", UUID.class),
                        ShipmentDirection.valueOf(rs.getString("direction")), rs.getString("carrier"),
                        rs.getBoolean("store_arranged"), rs.getString("pickup_code"), rs.getString("tracking_number"),
                        Payer.valueOf(rs.getString("payer")), read(rs.getString("payer_decision"), StoredReasoning.class),
                        instant(rs, "arranged_at"), instant(rs, "picked_up_at")))
                .list();
    }

    private Optional<ReceiptRecord> receipt(CaseId id) {
        return jdbc.sql("select * from case_receipt where case_id = ?").param(id.value())
                .query((rs, n) -> new ReceiptRecord(instant(rs, "received_at"), Packaging.valueOf(rs.getString("packaging")),
                        rs.getBoolean("signed_return_form"), rs.getBoolean("original_invoice"),
                        rs.getBoolean("company_return_invoice"), rs.getString("notes"),
                        read(rs.getString("verdict"), StoredVerdict.class), rs.getString("recorded_by")))
                .optional();
    }

    private List<InspectionRecord> inspections(CaseId id) {
        return jdbc.sql("select * from case_inspection where case_id = ? order by inspected_at").param(id.value())
                .query((rs, n) -> new InspectionRecord(rs.getObject("id", UUID.class), rs.getInt("item_position"),
                        rs.getBoolean("used"), rs.getBoolean("data_transferred"), rs.getBoolean("paired"),
                        rs.getBoolean("hygiene_seal_opened"), rs.getBoolean("no_fault_found"), uuids(rs.getArray("evidence")),
                        rs.getString("notes"), read(rs.getString("verdict"), StoredVerdict.class),
                        instant(rs, "inspected_at"), rs.getString("inspected_by")))
                .list();
    }

    private List<AttachmentInfo> attachments(CaseId id) {
        return jdbc.sql("""
                select id, kind, filename, content_type, size_bytes, sha256, description, uploaded_at, uploaded_by
                  from case_attachment where case_id = ? order by uploaded_at""")
                .param(id.value())
                .query((rs, n) -> new AttachmentInfo(rs.getObject("id", UUID.class), CaseAttachments.Kind.valueOf(rs.getString("kind")),
                        rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                        rs.getString("description"), instant(rs, "uploaded_at"), rs.getString("uploaded_by")))
                .list();
    }

    private Optional<RefundRecord> refund(CaseId id) {
        return jdbc.sql("select * from case_refund where case_id = ?").param(id.value())
                .query((rs, n) -> new RefundRecord(new Money(rs.getBigDecimal("amount"), rs.getString("currency").trim()),
                        RefundDestination.valueOf(rs.getString("destination")), rs.getString("iban"),
                        json.readValue(rs.getString("reversals"), REVERSALS), rs.getObject("expected_from", java.time.LocalDate.class),
                        rs.getObject("expected_until", java.time.LocalDate.class), read(rs.getString("decision"), StoredVerdict.class),
                        instant(rs, "issued_at"), rs.getString("issued_by")))
                .optional();
    }

    private Optional<ReplacementRecord> replacement(CaseId id) {
        return jdbc.sql("select * from case_replacement where case_id = ?").param(id.value())
                .query((rs, n) -> new ReplacementRecord(rs.getString("carrier"), rs.getString("tracking_number"),
                        strings(rs.getArray("serial_numbers")), instant(rs, "shipped_at"), rs.getString("shipped_by")))
                .optional();
    }

    void insertDelivery(CaseId id, CaseFile.DeliveryFacts facts) {
        jdbc.sql("""
                insert into case_delivery (case_id, refused_at_door, noted_on_delivery, invoice_received,
                                           damage_report_number, damage_report_date, photos_requested_at, photo_requests)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), facts.refusedAtDoor(), facts.notedOnDelivery(), facts.invoiceReceived(),
                        facts.damageReportNumber(), facts.damageReportDate(), ts(facts.photosRequestedAt()), facts.photoRequests())
                .update();
    }

    public void recordDamageReport(CaseId id, String number, LocalDate date) {
        jdbc.sql("update case_delivery set damage_report_number = ?, damage_report_date = ? where case_id = ?")
                .params(number, date, id.value()).update();
    }

    public void recordPhotoRequest(CaseId id, Instant at) {
        jdbc.sql("update case_delivery set photos_requested_at = ?, photo_requests = photo_requests + 1 where case_id = ?")
                .params(ts(at), id.value()).update();
    }

    public void recordExamination(CaseId id, boolean customerCaused, String notes, Instant at, String by) {
        jdbc.sql("""
                update case_delivery set customer_caused = ?, examination_notes = ?, examined_at = ?, examined_by = ?
                 where case_id = ?""")
                .params(customerCaused, notes, ts(at), by, id.value()).update();
    }

    public void recordAgentDecision(CaseId id, StoredVerdict decision, Instant at, String by) {
        jdbc.sql("update case_delivery set agent_decision = cast(? as jsonb), decided_at = ?, decided_by = ? where case_id = ?")
                .params(write(decision), ts(at), by, id.value()).update();
    }

    public void recordInvoiceResent(CaseId id, Instant at) {
        jdbc.sql("update case_delivery set invoice_resent_at = ? where case_id = ?").params(ts(at), id.value()).update();
    }

    private Optional<CaseFile.DeliveryFacts> delivery(CaseId id) {
        return jdbc.sql("select * from case_delivery where case_id = ?").param(id.value())
                .query((rs, n) -> new CaseFile.DeliveryFacts(rs.getBoolean("refused_at_door"),
                        (Boolean) rs.getObject("noted_on_delivery"), rs.getBoolean("invoice_received"),
                        instant(rs, "invoice_resent_at"), rs.getString("damage_report_number"),
                        rs.getObject("damage_report_date", LocalDate.class), instant(rs, "photos_requested_at"),
                        rs.getInt("photo_requests"), (Boolean) rs.getObject("customer_caused"), instant(rs, "examined_at"),
                        rs.getString("examined_by"), rs.getString("examination_notes"),
                        rs.getString("agent_decision") == null ? null : read(rs.getString("agent_decision"), StoredVerdict.class),
                        instant(rs, "decided_at"), rs.getString("decided_by")))
                .optional();
    }

    void insertWarranty(CaseId id, CaseFile.WarrantyFacts facts) {
        jdbc.sql("insert into case_warranty (case_id, serial_number, waterproof) values (?, ?, ?)")
                .params(id.value(), facts.serialNumber(), facts.waterproof()).update();
    }

    public void recordDiagnosis(CaseId id, String cause, boolean covered) {
        jdbc.sql("update case_warranty set cause = ?, covered = ? where case_id = ?").params(cause, covered, id.value()).update();
    }

    public void recordQuote(CaseId id, Money quote) {
        jdbc.sql("update case_warranty set quote_amount = ?, quote_currency = ? where case_id = ?")
                .params(quote.amount(), quote.currency(), id.value()).update();
    }

    public void recordQuoteAnswer(CaseId id, boolean accepted) {
        jdbc.sql("update case_warranty set quote_accepted = ? where case_id = ?").params(accepted, id.value()).update();
    }

    public void recordRepairStart(CaseId id, Instant at) {
        jdbc.sql("update case_warranty set repair_started_at = ? where case_id = ?").params(ts(at), id.value()).update();
    }

    public void recordRepairFinish(CaseId id, Instant at, RepairOutcome outcome, String workDone) {
        jdbc.sql("update case_warranty set repair_finished_at = ?, repair_outcome = ?, work_done = ? where case_id = ?")
                .params(ts(at), outcome.name(), workDone, id.value()).update();
    }

    public void recordUnusableConfirmation(CaseId id, boolean confirmed) {
        jdbc.sql("update case_warranty set unusable_confirmed = ? where case_id = ?").params(confirmed, id.value()).update();
    }

    public void recordRemedyChoice(CaseId id, RemedyChoice choice, java.math.BigDecimal discountRate) {
        jdbc.sql("update case_warranty set remedy_choice = ?, discount_rate = ? where case_id = ?")
                .params(choice.name(), discountRate, id.value()).update();
    }

    public boolean loanerLent(String serial) {
        return jdbc.sql("select count(*) from loaner_loan where loaner_serial = ? and returned_at is null")
                .param(serial).query(Integer.class).single() > 0;
    }

    /** @return the new loan's id */
    UUID lend(CaseId id, String loanerSerial, Instant at) {
        UUID loan = UUID.randomUUID();
        jdbc.sql("insert into loaner_loan (id, case_id, loaner_serial, lent_at) values (?, ?, ?, ?)")
                .params(loan, id.value(), loanerSerial, ts(at)).update();
        return loan;
    }

    /** The model of a loaner in the pool. */
    public Optional<String> loanerModel(String serial) {
        return jdbc.sql("select model from loaner_unit where serial_number = ?").param(serial).query(String.class).optional();
    }

    public void returnLoaner(UUID loanId, Instant at) {
        jdbc.sql("update loaner_loan set returned_at = ? where id = ?").params(ts(at), loanId).update();
    }

    /** A unit the store shipped as a replacement: the case that shipped it and when it left. */
    public record ReplacementUnit(CaseId caseId, Instant shippedAt) {
    }

    public Optional<ReplacementUnit> replacementUnit(String serialNumber) {
        return jdbc.sql("select case_id, shipped_at from case_replacement where ? = any(serial_numbers) order by shipped_at limit 1")
                .param(serialNumber)
                .query((rs, n) -> new ReplacementUnit(new CaseId(rs.getObject(1, UUID.class)), instant(rs, "shipped_at")))
                .optional();
    }

    /** The reference of a unit's warranty case that is still open, if any: one query, not a load per case. */
    public Optional<String> openWarrantyCaseOf(String serialNumber) {
        return jdbc.sql("""
                select c.reference from case_file c join case_warranty w on w.case_id = c.id
                 where w.serial_number = ? and c.status <> all(string_to_array(?, ','))
                 order by c.requested_at limit 1""")
                .params(serialNumber, com.aftercare.cases.CaseStatus.closed().stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(",")))
                .query(String.class).optional();
    }

    /** A unit's warranty case as its ledger counts it (WAR-4, WAR-6, WAR-8). */
    /** @param handedBackAt when the unit (repaired or not) or its replacement went back to the customer; null before */
    public record UnitRepair(CaseId caseId, String reference, String faultCode, Instant requestedAt, Boolean covered,
                             Instant repairStartedAt, Instant repairFinishedAt, RepairOutcome outcome, Boolean unusableConfirmed,
                             Instant handedBackAt) {
    }

    /** Every WARRANTY case of a unit, oldest first, in one query: its faults and repairs, from which its ledger is derived. */
    public List<UnitRepair> repairsOfUnit(String serialNumber) {
        return jdbc.sql("""
                select c.id, c.reference, c.fault_code, c.requested_at, w.covered, w.repair_started_at, w.repair_finished_at,
                       w.repair_outcome, w.unusable_confirmed,
                       least((select min(coalesce(s.picked_up_at, s.arranged_at)) from case_shipment s
                               where s.case_id = c.id and s.direction = 'TO_CUSTOMER'),
                             (select r.shipped_at from case_replacement r where r.case_id = c.id)) as handed_back_at
                  from case_file c join case_warranty w on w.case_id = c.id
                 where w.serial_number = ? order by c.requested_at, c.id""")
                .param(serialNumber)
                .query((rs, n) -> new UnitRepair(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        rs.getString("fault_code"), instant(rs, "requested_at"), (Boolean) rs.getObject("covered"),
                        instant(rs, "repair_started_at"), instant(rs, "repair_finished_at"),
                        enumOrNull(RepairOutcome.class, rs.getString("repair_outcome")), (Boolean) rs.getObject("unusable_confirmed"),
                        instant(rs, "handed_back_at")))
                .list();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private Optional<CaseFile.WarrantyFacts> warranty(CaseId id) {
        return jdbc.sql("select * from case_warranty where case_id = ?").param(id.value())
                .query((rs, n) -> new CaseFile.WarrantyFacts(rs.getString("serial_number"), rs.getBoolean("waterproof"),
                        rs.getString("cause"), (Boolean) rs.getObject("covered"),
                        rs.getBigDecimal("quote_amount") == null ? null
                                : new Money(rs.getBigDecimal("quote_amount"), rs.getString("quote_currency").trim()),
                        (Boolean) rs.getObject("quote_accepted"), instant(rs, "repair_started_at"),
                        instant(rs, "repair_finished_at"), enumOrNull(RepairOutcome.class, rs.getString("repair_outcome")),
                        rs.getString("work_done"), (Boolean) rs.getObject("unusable_confirmed"),
                        enumOrNull(RemedyChoice.class, rs.getString("remedy_choice")),
                        rs.getBigDecimal("discount_rate")))
                .optional();
    }

    private List<CaseFile.Loan> loans(CaseId id) {
        return jdbc.sql("""
                select l.id, l.loaner_serial, u.model, l.lent_at, l.returned_at
                  from loaner_loan l join loaner_unit u on u.serial_number = l.loaner_serial
                 where l.case_id = ? order by l.lent_at""")
                .param(id.value())
                .query((rs, n) -> new CaseFile.Loan(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        instant(rs, "lent_at"), instant(rs, "returned_at")))
                .list();
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

    private <T> T read(String text, Class<T> type) {
        return json.readValue(text, type);
    }

    /** PostgreSQL keeps microseconds and would round 23:59:59.999999999 up to the next day: truncate instead. */
    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}

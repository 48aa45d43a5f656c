package com.aftercare.cases;

import com.aftercare.orders.Money;
import com.aftercare.policy.CitedClause;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A case as other modules need to tell of it (the customer's e-mail): its decision with the
 * clauses' texts and reason in one language, its deadlines and the facts of its latest steps.
 */
public interface CaseSummaries {

    /** The summary of a case already at hand (as a step left it), without reading it again. */
    CaseSummary of(CaseFile file, Locale locale);

    /** @param policyVersion the policy version the case is judged by */
    record CaseSummary(CaseId id, String reference, CaseType type, CaseStatus status, String orderNumber, String policyVersion,
                       List<Item> items,
                       Decision decision, List<Deadline> deadlines, List<Shipment> shipments, List<Inspection> inspections,
                       List<Attachment> attachments, Refund refund, Replacement replacement, Repair repair) {
    }

    record Item(String lineId, String name, List<String> serialNumbers, Decision decision) {
    }

    /** @param outcome ACCEPTED, REJECTED or PENDING */
    record Decision(String outcome, String reason, List<CitedClause> clauses) {
    }

    record Deadline(String kind, OffsetDateTime due, String clause, Boolean met) {
    }

    /** @param direction TO_STORE or TO_CUSTOMER; @param payer STORE or CUSTOMER */
    record Shipment(String direction, String carrier, String pickupCode, String trackingNumber, String payer,
                    String payerReason, List<CitedClause> clauses) {
    }

    record Inspection(String lineId, Decision decision, List<java.util.UUID> evidence) {
    }

    record Attachment(java.util.UUID id, String kind, String filename) {
    }

    /** @param expectedFrom the first day the bank may show it (PAY-3), null when unknown */
    record Refund(Money amount, String destination, int installments, LocalDate expectedFrom, LocalDate expectedUntil,
                  List<CitedClause> clauses) {
    }

    record Replacement(String carrier, String trackingNumber, List<String> serialNumbers) {
    }

    /** @param outcome FIXED or NOT_REPAIRABLE once finished; @param loanerSerial the loaner lent now, or null */
    record Repair(String serialNumber, OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome, String workDone,
                  String loanerSerial) {
    }
}

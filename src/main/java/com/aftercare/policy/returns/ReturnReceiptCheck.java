package com.aftercare.policy.returns;

import static com.aftercare.policy.returns.Clauses.DLV_2;
import static com.aftercare.policy.returns.Clauses.GEN_1;
import static com.aftercare.policy.returns.Clauses.GEN_2;
import static com.aftercare.policy.returns.Clauses.GEN_4;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * GEN-1, GEN-2, GEN-4 and DLV-2 when a return reaches the store.
 *
 * <ul>
 *   <li>Packaging damaged or missing: refused (GEN-1, GEN-2); nothing the customer sends later mends a box.</li>
 *   <li>A missing signed return form or invoice: PENDING, not refused: a paper can be sent after the goods, and
 *       refusing would send the goods back for the want of a signature.</li>
 *   <li>DLV-2 is read as written: the original invoice is needed for every return, and goods invoiced to a
 *       company also need the company's return invoice.</li>
 * </ul>
 * This rule needs no policy numbers, so it takes no policy version.
 */
public final class ReturnReceiptCheck {

    public ReceiptDecision judge(ReceiptFacts facts) {
        Objects.requireNonNull(facts, "facts");
        if (facts.packaging() != Packaging.INTACT) {
            return new ReceiptDecision(Verdict.rejected(packagingReason(facts.packaging()), GEN_1, GEN_2), Set.of());
        }
        Set<MissingDocument> missing = missing(facts);
        if (missing.isEmpty()) {
            return new ReceiptDecision(Verdict.accepted(Reason.of("return.receipt.complete",
                    "The goods came back in their original, undamaged packaging, with the signed return form and"
                            + " the invoices DLV-2 asks for."), GEN_1, GEN_2, GEN_4, DLV_2), Set.of());
        }
        SortedSet<ClauseId> toCheck = missing.stream().map(MissingDocument::clause)
                .collect(Collectors.toCollection(TreeSet::new));
        return new ReceiptDecision(
                Verdict.pending(missingReason(missing), List.of(GEN_1, GEN_2), List.copyOf(toCheck)), missing);
    }

    /**
     * A unit that comes back to be exchanged for a delivery problem (DLV-4, DLV-6): its box does not
     * decide (the damage may be the point); only the papers do (GEN-4, DLV-2).
     */
    public ReceiptDecision judgePapers(ReceiptFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Set<MissingDocument> missing = missing(facts);
        if (missing.isEmpty()) {
            return new ReceiptDecision(Verdict.accepted(Reason.of("return.receipt.papersComplete",
                    "The unit came back with the signed return fields of the invoice and the invoices DLV-2 asks for."),
                    GEN_4, DLV_2), Set.of());
        }
        SortedSet<ClauseId> toCheck = missing.stream().map(MissingDocument::clause)
                .collect(Collectors.toCollection(TreeSet::new));
        return new ReceiptDecision(Verdict.pending(missingReason(missing), List.of(), List.copyOf(toCheck)), missing);
    }

    private static Set<MissingDocument> missing(ReceiptFacts facts) {
        Set<MissingDocument> missing = EnumSet.noneOf(MissingDocument.class);
        if (!facts.signedReturnForm()) {
            missing.add(MissingDocument.SIGNED_RETURN_FORM);
        }
        if (!facts.originalInvoice()) {
            missing.add(MissingDocument.ORIGINAL_INVOICE);
        }
        if (facts.invoiceType() == InvoiceType.CORPORATE && !facts.companyReturnInvoice()) {
            missing.add(MissingDocument.COMPANY_RETURN_INVOICE);
        }
        return missing;
    }

    private static Reason packagingReason(Packaging packaging) {
        return packaging == Packaging.DAMAGED
                ? Reason.of("return.receipt.packagingDamaged",
                        "The original box or packaging came back damaged: the goods are not accepted.")
                : Reason.of("return.receipt.packagingMissing",
                        "The goods came back without their original box or packaging: they are not accepted.");
    }

    private static Reason missingReason(Set<MissingDocument> missing) {
        if (missing.size() > 1) {
            return Reason.of("return.receipt.documentsMissing",
                    "The goods are in order, but these papers are missing; ask the customer to send them: {0}.",
                    missing.stream().map(MissingDocument::englishPhrase).collect(Collectors.joining(", ")));
        }
        return switch (missing.iterator().next()) {
            case SIGNED_RETURN_FORM -> Reason.of("return.receipt.formMissing",
                    "The signed return form is missing: ask the customer to send it (the return fields of the"
                            + " original invoice, filled in and signed).");
            case ORIGINAL_INVOICE -> Reason.of("return.receipt.invoiceMissing",
                    "The original invoice is missing, and there is no return without it: ask the customer to send it.");
            case COMPANY_RETURN_INVOICE -> Reason.of("return.receipt.companyReturnInvoiceMissing",
                    "The goods were invoiced to a company and are taken back only against the company''s return"
                            + " invoice: ask the company to issue and send it.");
        };
    }
}

package com.aftercare.policy.returns;

import java.util.Objects;

/**
 * What the store finds when a return reaches it (GEN-1, GEN-2, GEN-4, DLV-2).
 *
 * @param packaging the original box or packaging
 * @param signedReturnForm the return form (the return fields of the original invoice) filled in and signed
 * @param originalInvoice the original invoice came with the goods
 * @param invoiceType who the goods were invoiced to
 * @param companyReturnInvoice the company's own return invoice came; only asked of CORPORATE invoices
 */
public record ReceiptFacts(Packaging packaging, boolean signedReturnForm, boolean originalInvoice,
                           InvoiceType invoiceType, boolean companyReturnInvoice) {

    public ReceiptFacts {
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(invoiceType, "invoiceType");
    }
}

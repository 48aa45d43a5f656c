package com.aftercare.orders;

/**
 * The invoice that went with the goods (DLV-1, DLV-2).
 *
 * @param taxNumber a company's 10-digit VKN (CORPORATE, required) or a person's 11-digit TCKN (INDIVIDUAL, optional)
 * @param companyName required for CORPORATE, otherwise may be null
 */
public record Invoice(String number, InvoiceType type, String taxNumber, String companyName) {

    public boolean isCorporate() {
        return type == InvoiceType.CORPORATE;
    }
}

package com.aftercare.orders;

/**
 * The buyer as the shop knows them; the portal matches an order number with this e-mail.
 *
 * @param phone may be null
 * @param locale "en" or "tr": the language of the customer's notifications and documents
 */
public record Customer(String email, String name, String phone, String locale) {
}

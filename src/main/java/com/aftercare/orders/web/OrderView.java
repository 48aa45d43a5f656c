package com.aftercare.orders.web;

import com.aftercare.orders.Delivery;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.SerialNumber;
import com.aftercare.orders.internal.StoredOrder;
import com.aftercare.policy.ProductCategory;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AccessMode;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** An order as the API shows it and takes it (PUT body, NDJSON line): the shape of API.md. */
@Schema(name = "Order", description = "An order as the shop knows it. Moments come back in the store's zone (Europe/Istanbul).")
record OrderView(
        @Schema(example = "WS-2026-000123", description = "1 to 40 letters, digits, '-' or '_'; in a PUT it may be left out, else it must equal the path's")
        String orderNumber,
        @Schema(example = "2026-03-10T14:05:00+03:00", requiredMode = RequiredMode.REQUIRED, description = "not in the future")
        OffsetDateTime placedAt,
        @Schema(requiredMode = RequiredMode.REQUIRED) CustomerView customer,
        @Schema(requiredMode = RequiredMode.REQUIRED) InvoiceView invoice,
        @Schema(requiredMode = RequiredMode.REQUIRED) PaymentView payment,
        @ArraySchema(minItems = 1, maxItems = OrderDocumentReader.MAX_LINES) List<LineView> lines,
        @Schema(nullable = true, description = "absent until the goods arrive") DeliveryView delivery,
        @Schema(accessMode = AccessMode.READ_ONLY, description = "when the service first stored the order") OffsetDateTime createdAt,
        @Schema(accessMode = AccessMode.READ_ONLY, description = "when the shop last changed the order") OffsetDateTime updatedAt,
        @Schema(accessMode = AccessMode.READ_ONLY, description = "grows by one with every change") Long version) {

    @Schema(name = "Money", description = "An amount to the kuruş as a decimal STRING (a JSON number is refused), and its ISO 4217 currency")
    record MoneyView(
            @Schema(type = "string", example = "1499.90", pattern = "^\\d{1,10}(\\.\\d{1,2})?$", requiredMode = RequiredMode.REQUIRED) String amount,
            @Schema(example = "TRY", pattern = "^[A-Z]{3}$", requiredMode = RequiredMode.REQUIRED) String currency) {
        static MoneyView of(Money money) {
            return new MoneyView(money.amountText(), money.currency());
        }
    }

    @Schema(name = "OrderCustomer")
    record CustomerView(
            @Schema(example = "ayse@example.com", requiredMode = RequiredMode.REQUIRED) String email,
            @Schema(example = "Ayşe Yılmaz", requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(example = "0555 000 00 00", nullable = true) String phone,
            @Schema(allowableValues = {"en", "tr"}, requiredMode = RequiredMode.REQUIRED) String locale) {
    }

    @Schema(name = "OrderInvoice", description = "DLV-2: goods invoiced to a company come back only against its return invoice")
    record InvoiceView(
            @Schema(example = "ABC2026000000123", requiredMode = RequiredMode.REQUIRED) String number,
            @Schema(allowableValues = {"INDIVIDUAL", "CORPORATE"}, requiredMode = RequiredMode.REQUIRED) String type,
            @Schema(nullable = true, description = "CORPORATE: the company's 10-digit VKN (required); INDIVIDUAL: an 11-digit TCKN or absent")
            String taxNumber,
            @Schema(nullable = true, description = "required for CORPORATE") String companyName) {
    }

    @Schema(name = "OrderPayment")
    record PaymentView(
            @Schema(allowableValues = {"CARD", "BANK_TRANSFER", "CASH_ON_DELIVERY"}, requiredMode = RequiredMode.REQUIRED) String method,
            @Schema(example = "WORLD", nullable = true, description = "card payments only; stored in upper case") String cardProgram,
            @Schema(minimum = "1", defaultValue = "1", description = "PAY-1: 1 up to the maximum of the policy in force (GET /api/v1/policy), "
                    + "more than 1 only for CARD; "
                    + "PAY-2: only the counts the card program allows, by the policy in force on the day placedAt falls on") Integer installments,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "must equal the sum of unitPrice × quantity over the lines") MoneyView total) {
    }

    @Schema(name = "OrderLine")
    record LineView(
            @Schema(example = "1", requiredMode = RequiredMode.REQUIRED, description = "unique within the order") String lineId,
            @Schema(example = "SEI-SRPD55K1", requiredMode = RequiredMode.REQUIRED) String sku,
            @Schema(example = "Seiko 5 Sports SRPD55K1", requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(implementation = ProductCategory.class, requiredMode = RequiredMode.REQUIRED) String category,
            @Schema(nullable = true, description = "the serial number of a line of ONE unit; unique across all orders") String serialNumber,
            @ArraySchema(arraySchema = @Schema(nullable = true, description = "one serial number per unit, for a line of several units "
                    + "(send serialNumber or serialNumbers, not both). A delivered WATCH or SMART_WATCH line needs one per unit (WAR-1)"))
            List<String> serialNumbers,
            @Schema(description = "required for WATCH and SMART_WATCH (EXC-8); false when absent for the rest") Boolean waterproof,
            @Schema(requiredMode = RequiredMode.REQUIRED) MoneyView unitPrice,
            @Schema(minimum = "1", maximum = "10000", requiredMode = RequiredMode.REQUIRED) Integer quantity) {
    }

    @Schema(name = "OrderDelivery", description = "RET-1 and WAR-2 count from deliveredAt")
    record DeliveryView(
            @Schema(example = "Yurtiçi Kargo", requiredMode = RequiredMode.REQUIRED) String carrier,
            @Schema(example = "2026-03-12T11:20:00+03:00", requiredMode = RequiredMode.REQUIRED,
                    description = "not before placedAt, not in the future") OffsetDateTime deliveredAt,
            @Schema(nullable = true) String signedBy,
            @Schema(nullable = true, example = "1 item missing, noted before signing (DLV-5)") String remarks) {
    }

    static OrderView of(StoredOrder stored, ZoneId zone) {
        Order order = stored.order();
        return new OrderView(order.number().value(), order.placedAt(),
                new CustomerView(order.customer().email(), order.customer().name(), order.customer().phone(), order.customer().locale()),
                new InvoiceView(order.invoice().number(), order.invoice().type().name(), order.invoice().taxNumber(), order.invoice().companyName()),
                new PaymentView(order.payment().method().name(), order.payment().cardProgram(), order.payment().installments(),
                        MoneyView.of(order.payment().total())),
                order.lines().stream().map(OrderView::line).toList(),
                delivery(order.delivery()),
                stored.createdAt().atZone(zone).toOffsetDateTime(), stored.updatedAt().atZone(zone).toOffsetDateTime(), stored.version());
    }

    private static LineView line(OrderLine line) {
        List<String> serials = line.serialNumbers().stream().map(SerialNumber::value).toList();
        return new LineView(line.lineId(), line.sku(), line.name(), line.category().name(), serials.size() == 1 ? serials.getFirst() : null,
                serials, line.waterproof(), MoneyView.of(line.unitPrice()), line.quantity());
    }

    private static DeliveryView delivery(Delivery delivery) {
        return delivery == null ? null
                : new DeliveryView(delivery.carrier(), delivery.deliveredAt(), delivery.signedBy(), delivery.remarks());
    }
}

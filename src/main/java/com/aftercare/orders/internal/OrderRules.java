package com.aftercare.orders.internal;

import com.aftercare.orders.FieldError;
import com.aftercare.orders.Invoice;
import com.aftercare.orders.InvoiceType;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.Payment;
import com.aftercare.orders.PaymentMethod;
import com.aftercare.orders.SerialNumber;
import com.aftercare.policy.InstallmentRules;
import com.aftercare.policy.PolicyBook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an order must satisfy before it is stored, whoever sends it (the API, the import, the demo
 * data). Every broken rule is reported, each naming its field, so that the shop can fix them all at once.
 * Serial numbers already sold on other orders are checked by {@link OrderService}: that needs the database.
 */
@Component
public class OrderRules {

    /** Shop and service clocks disagree by a little; a moment this far ahead is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PolicyBook policyBook;
    private final Clock clock;
    private final ZoneId storeZone;

    public OrderRules(PolicyBook policyBook, Clock clock, @Value("${aftercare.zone:Europe/Istanbul}") ZoneId storeZone) {
        this.policyBook = policyBook;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    public List<FieldError> check(Order order) {
        List<FieldError> errors = new ArrayList<>();
        Instant latestAcceptable = clock.instant().plus(CLOCK_SKEW);
        if (order.placedAt().toInstant().isAfter(latestAcceptable)) {
            errors.add(new FieldError("placedAt", "is in the future; send the moment the order was placed"));
        }
        checkInvoice(order.invoice(), errors);
        checkPayment(order, errors);
        checkLines(order, errors);
        checkDelivery(order, latestAcceptable, errors);
        return errors;
    }

    private void checkInvoice(Invoice invoice, List<FieldError> errors) {
        if (invoice.type() == InvoiceType.CORPORATE) {
            if (invoice.taxNumber() == null || !invoice.taxNumber().matches("\\d{10}")) {
                errors.add(new FieldError("invoice.taxNumber", "a corporate invoice needs the company's 10-digit tax number (VKN)"));
            }
            if (invoice.companyName() == null || invoice.companyName().isBlank()) {
                errors.add(new FieldError("invoice.companyName", "a corporate invoice needs the company's name"));
            }
        } else if (invoice.taxNumber() != null && !invoice.taxNumber().matches("[1-9]\\d{10}")) {
            errors.add(new FieldError("invoice.taxNumber", "an individual's tax number is the 11-digit TCKN (not starting with 0), or absent"));
        }
    }

    private void checkPayment(Order order, List<FieldError> errors) {
        Payment payment = order.payment();
        if (payment.method() != PaymentMethod.CARD) {
            if (payment.installments() != 1) {
                errors.add(new FieldError("payment.installments", "only card payments are split into installments (PAY-1); send 1 for " + payment.method()));
            }
            if (payment.cardProgram() != null) {
                errors.add(new FieldError("payment.cardProgram", "only a card payment has a card program; send null for " + payment.method()));
            }
            return;
        }
        InstallmentRules rules = policyBook.inForceOn(order.placedAt().atZoneSameInstant(storeZone).toLocalDate()).installments();
        int count = payment.installments();
        if (count < 1 || count > rules.maxInstallments()) {
            errors.add(new FieldError("payment.installments", "must be between 1 and " + rules.maxInstallments() + " (PAY-1)"));
        } else if (!rules.allowedFor(payment.cardProgram()).contains(count)) {
            SortedSet<Integer> allowed = rules.allowedFor(payment.cardProgram());
            errors.add(new FieldError("payment.installments", "the " + payment.cardProgram() + " card program allows "
                    + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " installments on the day the order was placed (PAY-2)"));
        }
    }

    private void checkLines(Order order, List<FieldError> errors) {
        String currency = order.payment().total().currency();
        Map<String, Integer> lineIds = new HashMap<>();
        Map<SerialNumber, String> serialFields = new HashMap<>();
        boolean sameCurrency = true;
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            String path = "lines[" + i + "]";
            Integer earlier = lineIds.putIfAbsent(line.lineId(), i);
            if (earlier != null) {
                errors.add(new FieldError(path + ".lineId", "'" + line.lineId() + "' is already the id of lines[" + earlier + "]; line ids are unique within an order"));
            }
            if (!line.unitPrice().currency().equals(currency)) {
                sameCurrency = false;
                errors.add(new FieldError(path + ".unitPrice.currency", "must be the currency of payment.total (" + currency + ")"));
            }
            checkSerialNumbers(order, line, path, serialFields, errors);
        }
        if (sameCurrency && !order.lines().isEmpty()) {
            Money sum = order.lines().stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
            if (!sum.equals(order.payment().total())) {
                errors.add(new FieldError("payment.total", "is " + order.payment().total() + " but the lines add up to " + sum
                        + " (unit price times quantity); the total must equal the lines"));
            }
        }
    }

    private void checkSerialNumbers(Order order, OrderLine line, String path, Map<SerialNumber, String> serialFields, List<FieldError> errors) {
        int count = line.serialNumbers().size();
        if (count > line.quantity()) {
            errors.add(new FieldError(path + ".serialNumbers", count + " serial numbers for " + line.quantity() + " units; send one per unit"));
        }
        // WAR-1: every delivered watch is a unit with a warranty of its own, found by its serial number
        if (order.isDelivered() && line.category().isWatch() && count < line.quantity()) {
            errors.add(new FieldError(path + (line.quantity() == 1 ? ".serialNumber" : ".serialNumbers"),
                    "a delivered " + line.category() + " needs one serial number per unit (WAR-1): " + count + " for " + line.quantity()
                            + (line.quantity() > 1 ? " units; send them as serialNumbers, or one line per unit" : " unit")));
        }
        for (int k = 0; k < count; k++) {
            String field = serialField(path, line, k);
            String earlier = serialFields.putIfAbsent(line.serialNumbers().get(k), field);
            if (earlier != null) {
                errors.add(new FieldError(field, line.serialNumbers().get(k) + " is already at " + earlier + "; a unit is sold once"));
            }
        }
    }

    /** The field a serial number came in: {@code serialNumber} when a line has one, else its place in {@code serialNumbers}. */
    static String serialField(String linePath, OrderLine line, int index) {
        return line.serialNumbers().size() == 1 ? linePath + ".serialNumber" : linePath + ".serialNumbers[" + index + "]";
    }

    private void checkDelivery(Order order, Instant latestAcceptable, List<FieldError> errors) {
        if (!order.isDelivered()) {
            return;
        }
        OffsetDateTime deliveredAt = order.delivery().deliveredAt();
        if (deliveredAt.isBefore(order.placedAt())) {
            errors.add(new FieldError("delivery.deliveredAt", "is before the order was placed (" + order.placedAt() + ")"));
        }
        // RET-1 and WAR-2 count from delivery: a delivery that has not happened yet cannot start them
        if (deliveredAt.toInstant().isAfter(latestAcceptable)) {
            errors.add(new FieldError("delivery.deliveredAt", "is in the future; send the delivery once the goods have arrived"));
        }
    }
}

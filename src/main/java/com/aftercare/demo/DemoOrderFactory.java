package com.aftercare.demo;

import com.aftercare.demo.DemoCatalogue.Product;
import com.aftercare.orders.Customer;
import com.aftercare.orders.Delivery;
import com.aftercare.orders.Invoice;
import com.aftercare.orders.InvoiceType;
import com.aftercare.orders.Money;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Payment;
import com.aftercare.orders.PaymentMethod;
import com.aftercare.orders.SerialNumber;
import com.aftercare.policy.PolicyBook;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds one demo order at a time from a seeded random source, so that every start of the demo
 * shows the same store. Who bought what, how they paid and who delivered it vary; the moments are
 * given by the caller, relative to the clock.
 */
final class DemoOrderFactory {

    private static final String CURRENCY = "TRY";
    /** Example contacts only (the policy book, "Contact"): never a real store's number. */
    private static final String PHONE = "0555 000 00 00";

    private final Random random;
    private final PolicyBook policyBook;
    private final ZoneId zone;
    private int sequence;
    private int serials;

    DemoOrderFactory(Random random, PolicyBook policyBook, ZoneId zone) {
        this.random = random;
        this.policyBook = policyBook;
        this.zone = zone;
    }

    /** An order placed on {@code placedOn}, delivered on {@code deliveredOn} (null: not yet), with the given remarks. */
    Order order(LocalDate placedOn, LocalDate deliveredOn, String remarks) {
        sequence++;
        OffsetDateTime placedAt = at(placedOn, 9 + random.nextInt(13), random.nextInt(60));
        boolean corporate = random.nextInt(100) < 22;
        List<OrderLine> lines = lines(corporate, deliveredOn != null);
        Money total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        Delivery delivery = deliveredOn == null ? null : delivery(placedAt, deliveredOn, remarks);
        String number = "WS-" + placedOn.getYear() + "-" + String.format(Locale.ROOT, "%06d", sequence);
        return new Order(new OrderNumber(number), placedAt, customer(corporate), invoice(number, corporate), payment(placedOn, total), lines, delivery);
    }

    private OffsetDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), zone).toOffsetDateTime();
    }

    private Customer customer(boolean corporate) {
        String first = pick(DemoCatalogue.FIRST_NAMES);
        String last = pick(DemoCatalogue.LAST_NAMES);
        String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + sequence + "@example.com";
        boolean english = DemoCatalogue.FIRST_NAMES.indexOf(first) >= 15 || random.nextInt(10) == 0;
        return new Customer(corporate ? "purchasing" + sequence + "@example.com" : email, first + " " + last, PHONE, english ? "en" : "tr");
    }

    private Invoice invoice(String orderNumber, boolean corporate) {
        String number = "EAR" + orderNumber.replace("-", "");
        if (corporate) {
            return new Invoice(number, InvoiceType.CORPORATE, digits(1 + random.nextInt(9), 10), pick(DemoCatalogue.COMPANIES));
        }
        String tckn = random.nextInt(3) == 0 ? digits(1 + random.nextInt(9), 11) : null;
        return new Invoice(number, InvoiceType.INDIVIDUAL, tckn, null);
    }

    /** PAY-1, PAY-2: a WORLD card pays only in the counts its bank allowed on the day of the purchase. */
    private Payment payment(LocalDate placedOn, Money total) {
        int kind = random.nextInt(100);
        if (kind < 20) {
            return new Payment(PaymentMethod.BANK_TRANSFER, null, 1, total);
        }
        if (kind < 33) {
            return new Payment(PaymentMethod.CASH_ON_DELIVERY, null, 1, total);
        }
        var rules = policyBook.inForceOn(placedOn).installments();
        String program = kind < 60 ? "WORLD" : null;
        List<Integer> allowed = List.copyOf(rules.allowedFor(program));
        int installments = random.nextInt(3) == 0 ? 1 : allowed.get(random.nextInt(allowed.size()));
        return new Payment(PaymentMethod.CARD, program, installments, total);
    }

    private List<OrderLine> lines(boolean corporate, boolean delivered) {
        List<OrderLine> lines = new ArrayList<>();
        Product main = random.nextInt(3) == 0 ? pick(DemoCatalogue.SMART_WATCHES) : pick(DemoCatalogue.WATCHES);
        int quantity = corporate && random.nextInt(3) == 0 ? 2 + random.nextInt(3) : 1;
        lines.add(line("1", main, quantity, delivered));
        int extras = random.nextInt(3);
        for (int i = 0; i < extras; i++) {
            Product extra = pick(DemoCatalogue.ACCESSORIES);
            if (lines.stream().noneMatch(line -> line.sku().equals(extra.sku()))) {
                lines.add(line(String.valueOf(lines.size() + 1), extra, 1, delivered));
            }
        }
        return lines;
    }

    /** WAR-1: a watch's serial numbers are known once it ships; goods without serials (straps, chargers) have none. */
    private OrderLine line(String lineId, Product product, int quantity, boolean delivered) {
        List<SerialNumber> units = new ArrayList<>();
        if (product.serialPrefix() != null && (delivered || random.nextBoolean())) {
            for (int i = 0; i < quantity; i++) {
                units.add(new SerialNumber(product.serialPrefix() + "-" + String.format(Locale.ROOT, "%07d", ++serials)));
            }
        }
        return new OrderLine(lineId, product.sku(), product.name(), product.category(), product.waterproof(),
                Money.of(product.price(), CURRENCY), quantity, units);
    }

    private Delivery delivery(OffsetDateTime placedAt, LocalDate deliveredOn, String remarks) {
        boolean contracted = random.nextInt(100) < 75;
        String carrier = contracted ? pick(DemoCatalogue.CONTRACTED_CARRIERS) : pick(DemoCatalogue.OTHER_CARRIERS);
        OffsetDateTime deliveredAt = at(deliveredOn, 10 + random.nextInt(8), random.nextInt(60));
        if (deliveredAt.isBefore(placedAt)) {
            deliveredAt = placedAt.plusHours(3);
        }
        return new Delivery(carrier, deliveredAt, random.nextInt(5) == 0 ? "Kapı görevlisi" : null, remarks);
    }

    private String digits(int first, int length) {
        StringBuilder digits = new StringBuilder().append(first);
        while (digits.length() < length) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String ascii(String name) {
        return name.replace("ş", "s").replace("Ş", "S").replace("ı", "i").replace("İ", "I").replace("ç", "c").replace("Ç", "C")
                .replace("ğ", "g").replace("ö", "o").replace("Ö", "O").replace("ü", "u").replace("Ü", "U");
    }
}

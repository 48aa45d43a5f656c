package com.aftercare.cases.core;

import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseCommands.RequestedItem;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.identity.Caller;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderLine;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.orders.SerialNumber;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case: checks what was asked against the order, judges it at once by the policy version
 * in force on the delivery day, and starts its clocks (RET-1, RET-2).
 */
@Service
public class CaseOpening {

    /** Clocks of the shop and of the store may differ a little; a request "from the future" beyond this is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CaseFamilies families;
    private final Orders orders;
    private final CasePolicies policies;
    private final Clock clock;

    CaseOpening(CaseRepository cases, CaseJournal journal, CaseFamilies families, Orders orders, CasePolicies policies, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.families = families;
        this.orders = orders;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional
    /** The case opened, as it now stands (the same as reading it back). */
    public CaseFile open(Open command, Caller caller) {
        if (OrderNumber.isWellFormed(command.orderNumber())) {
            // Before anything is read: a second opening on the order waits here, then sees the first one's case.
            cases.lockOrderForOpening(command.orderNumber());
        }
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        CaseFamily family = families.of(command.type());
        Order order = findOrder(command.orderNumber(), problems);
        family.checkOpening(command, order, now, problems);
        Instant requestedAt = command.requestedAt() == null ? now : command.requestedAt();
        if (requestedAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("requestedAt", "is in the future; give the moment the customer asked, or leave it out for now"));
        }
        if (order != null && requestedAt.isBefore(order.placedAt().toInstant())) {
            problems.add(new FieldProblem("requestedAt", "is before the order was placed (" + order.placedAt() + ")"));
        }
        List<Item> items = order == null ? List.of()
                : new ItemSelection(order, cases, family).resolve(command.items(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return open(family, command, order, items, requestedAt, now, caller);
    }

    private CaseFile open(CaseFamily family, Open command, Order order, List<Item> items, Instant requestedAt, Instant now,
            Caller caller) {
        PolicyVersion policy = policies.forOrder(order);
        Opening opening = family.open(command, order, items, requestedAt, now, policy);
        CaseId id = CaseId.random();
        Remedy remedy = command.remedy() != null ? command.remedy() : family.defaultRemedy();
        CaseFile file = new CaseFile(id, cases.nextReference(), command.type(), opening.status(), order.number().value(),
                command.channel(), requestedAt, command.description(), command.faultCode(), command.faultDescription(), remedy,
                policy.version(), StoredVerdict.of(opening.decision()), caller.username(), now, now, 0, opening.items(),
                List.of(), List.of(), List.of(), null, List.of(), List.of(), null, null, opening.delivery(), opening.warranty(),
                List.of());
        cases.insert(file);
        if (opening.delivery() != null) {
            cases.insertDelivery(id, opening.delivery());
        }
        if (opening.warranty() != null) {
            cases.insertWarranty(id, opening.warranty());
        }
        List<CaseFile.Deadline> deadlines = new ArrayList<>();
        for (Opening.Clock clock : opening.clocks()) {
            Instant settledAt = clock.met() == null ? null : now;
            cases.putDeadline(id, clock.kind(), clock.due(), clock.clause(), clock.met(), settledAt);
            deadlines.add(new CaseFile.Deadline(clock.kind(), clock.due(), clock.clause(), clock.met(), settledAt));
        }
        deadlines.sort(java.util.Comparator.comparing(CaseFile.Deadline::due));
        CaseAggregate opened = journal.adopt(file.withDeadlines(deadlines));
        journal.note(opened, now, caller.username(), opening.decision().appliedClauses().stream().map(ClauseId::value).toList(),
                new CaseEvent.CaseOpened(command.channel(), requestedAt, remedy, opening.decision().outcome(), opening.details()));
        return opened.current();
    }

    public static Item withVerdict(Item item, StoredVerdict verdict) {
        return new Item(item.position(), item.lineId(), item.serialNumbers(), item.quantity(), item.sku(), item.name(),
                item.category(), item.unitPrice(), verdict);
    }

    private Order findOrder(String number, List<FieldProblem> problems) {
        if (!OrderNumber.isWellFormed(number)) {
            problems.add(new FieldProblem("orderNumber", "is required: 1 to 40 letters, digits, '-' or '_'"));
            return null;
        }
        Order order = orders.find(new OrderNumber(number)).orElse(null);
        if (order == null) {
            problems.add(new FieldProblem("orderNumber", "no order " + number + " is known; check the number"));
        }
        return order;
    }

    /** Turns the requested lines and serial numbers into the case's items, naming every bad one. */
    private record ItemSelection(Order order, CaseRepository cases, CaseFamily family) {

        List<Item> resolve(List<RequestedItem> requested, List<FieldProblem> problems) {
            if (requested.isEmpty()) {
                problems.add(new FieldProblem("items", "name at least one line of the order (lineId, quantity)"));
                return List.of();
            }
            Set<String> seen = new HashSet<>();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                RequestedItem wanted = requested.get(i);
                String field = "items[" + i + "]";
                OrderLine line = wanted.lineId() == null ? null : order.line(wanted.lineId()).orElse(null);
                if (line == null) {
                    problems.add(new FieldProblem(field + ".lineId", wanted.lineId() == null ? "is required"
                            : "the order has no line " + wanted.lineId()));
                    continue;
                }
                if (!seen.add(line.lineId())) {
                    problems.add(new FieldProblem(field + ".lineId", "line " + line.lineId() + " is named twice; give it once with its quantity"));
                    continue;
                }
                Item item = item(line, wanted, field, problems, items.size() + 1);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        /** A replacement the store shipped for a unit of this line is a unit of the line too, with its own warranty. */
        private boolean replacesThisLine(String serial, OrderLine line) {
            return family.takesReplacementUnits() && cases.replacementUnit(serial)
                    .flatMap(unit -> cases.load(unit.caseId()))
                    .filter(file -> file.orderNumber().equals(order.number().value()))
                    .map(file -> file.items().stream().anyMatch(item -> item.lineId().equals(line.lineId())))
                    .orElse(false);
        }

        private Item item(OrderLine line, RequestedItem wanted, String field, List<FieldProblem> problems, int position) {
            List<String> sold = line.serialNumbers().stream().map(SerialNumber::value).toList();
            for (String serial : wanted.serialNumbers()) {
                if (!sold.contains(serial) && !replacesThisLine(serial, line)) {
                    problems.add(new FieldProblem(field + ".serialNumbers", serial + " is not a unit of line " + line.lineId()));
                    return null;
                }
            }
            int quantity = wanted.quantity() != null ? wanted.quantity()
                    : wanted.serialNumbers().isEmpty() ? line.quantity() : wanted.serialNumbers().size();
            if (quantity < 1) {
                problems.add(new FieldProblem(field + ".quantity", "must be at least 1"));
                return null;
            }
            if (!wanted.serialNumbers().isEmpty() && wanted.serialNumbers().size() != quantity) {
                problems.add(new FieldProblem(field + ".quantity", "is " + quantity + " but " + wanted.serialNumbers().size()
                        + " serial numbers are named; give one per unit"));
                return null;
            }
            // Only returns use a line up: the same unit may have a delivery problem and later a return.
            int open = line.quantity() - (family.usesUpTheLine() ? cases.quantityInOpenReturns(order.number().value(), line.lineId()) : 0);
            if (quantity > open) {
                problems.add(new FieldProblem(field + ".quantity", "only " + Math.max(open, 0) + " of line " + line.lineId()
                        + " can still be returned (" + line.quantity() + " bought, the rest already in other returns)"));
                return null;
            }
            List<String> serials = !wanted.serialNumbers().isEmpty() ? wanted.serialNumbers()
                    : quantity == sold.size() ? sold : List.of();
            return new Item(position, line.lineId(), serials, quantity, line.sku(), line.name(), line.category(),
                    line.unitPrice(), null);
        }
    }
}

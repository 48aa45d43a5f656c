package com.aftercare.cases.core;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.orders.Order;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.policy.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How a new case starts, by its type's rules: its decision, status, judged items, the clocks it
 * starts, what it records of the delivery, and what the opening event adds to the timeline.
 */
public record Opening(Verdict decision, CaseStatus status, List<Item> items, List<Clock> clocks, CaseFile.DeliveryFacts delivery,
               CaseFile.WarrantyFacts warranty, Map<String, Object> details) {

    /** Delivery problems and warranty both start from the delivery (DLV-*, WAR-2). */
    public static void requireDelivered(Open command, Order order, List<FieldProblem> problems) {
        if (order != null && !order.isDelivered()) {
            problems.add(new FieldProblem("orderNumber", "order " + order.number() + " has not been delivered yet; a "
                    + command.type() + " case starts from its delivery"));
        }
    }

    /** A clock started at opening; {@code met} is already decided for a window that is judged at once. */
    public record Clock(String kind, Instant due, String clause, Boolean met) {
    }
}

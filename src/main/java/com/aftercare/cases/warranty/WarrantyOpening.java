package com.aftercare.cases.warranty;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.core.CaseOpening;
import com.aftercare.cases.core.Opening;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseCommands.Open;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.warranty.UnitLedger.UnitWarranty;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.warranty.CareNotes;
import com.aftercare.policy.warranty.CoverageFacts;
import com.aftercare.policy.warranty.FaultCoverage;
import com.aftercare.policy.warranty.RepairClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens a WARRANTY case: a fault notified for one unit (WAR-6), judged at once against the unit's
 * warranty (WAR-1..WAR-3, derived from its ledger) and, when covered, starting the repair clock
 * (WAR-4) and the loaner clock (WAR-5).
 */
@Component
class WarrantyOpening {

    private final UnitLedger ledger;
    private final TurkishCalendar calendar;

    WarrantyOpening(UnitLedger ledger, TurkishCalendar calendar) {
        this.ledger = ledger;
        this.calendar = calendar;
    }

    public Opening open(Open command, List<Item> items, Instant requestedAt, PolicyVersion policy) {
        Item unit = theUnit(items);
        if (!policy.notificationChannels().stream().map(Enum::name).toList().contains(command.channel().name())) {
            throw new InvalidInputException("channel", "a fault is notified by one of " + policy.notificationChannels() + " (WAR-6)");
        }
        String serial = unit.serialNumbers().getFirst();
        ledger.openCaseOf(serial).ifPresent(open -> {
            // One fault at a time per unit: a second case for the same unit would count its fault twice (WAR-8).
            throw new com.aftercare.platform.web.ConflictException("Unit " + serial + " already has an open warranty case, "
                    + open + ": add to it rather than opening another.");
        });
        UnitWarranty warranty = ledger.of(serial)
                .orElseThrow(() -> new InvalidInputException("items[0].serialNumbers", serial + " is not a delivered unit"));
        boolean waterproof = warranty.unit().waterproof();
        Verdict decision = new FaultCoverage().judge(new CoverageFacts(null, waterproof, requestedAt, warranty.period())).verdict();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serialNumber", serial);
        details.put("warrantyStartsOn", warranty.period().startsOn().toString());
        details.put("warrantyEndsOn", warranty.period().endsOn().toString());
        details.put("daysInRepair", warranty.period().daysInRepair());
        details.put("careNotes", CareNotes.toCite(waterproof).stream().map(ClauseId::value).toList());
        List<Opening.Clock> clocks = List.of();
        CaseStatus status = CaseStatus.REJECTED;
        if (decision.outcome() != Outcome.REJECTED) {
            RepairClock clock = RepairClock.startedAt(requestedAt, policy, calendar);
            clocks = List.of(
                    new Opening.Clock(WarrantyDeadlines.REPAIR, endOf(clock.repairDue()), "WAR-4", null),
                    new Opening.Clock(WarrantyDeadlines.LOANER, endOf(clock.loanerDue()), "WAR-5", null));
            status = CaseStatus.REQUESTED;
        }
        StoredVerdict forItem = StoredVerdict.of(decision);
        var facts = new CaseFile.WarrantyFacts(serial, waterproof, null, null, null, null, null, null, null, null, null, null, null);
        return new Opening(decision, status, List.of(CaseOpening.withVerdict(unit, forItem)), clocks, null, facts, details);
    }

    /** A warranty case is about one watch: one line, one serial number. */
    private static Item theUnit(List<Item> items) {
        if (items.size() != 1 || items.getFirst().serialNumbers().size() != 1 || !items.getFirst().category().isWatch()) {
            throw new InvalidInputException("items", "a warranty case names one watch by its line and serial number, e.g. "
                    + "[{\"lineId\": \"1\", \"serialNumbers\": [\"SN-123\"]}]");
        }
        return items.getFirst();
    }

    static Instant endOf(java.time.LocalDate day) {
        return day.plusDays(1).atStartOfDay(TurkishCalendar.ZONE).toInstant().minusNanos(1000);
    }
}

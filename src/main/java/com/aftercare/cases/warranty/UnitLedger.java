package com.aftercare.cases.warranty;

import com.aftercare.cases.CaseFile;
import com.aftercare.cases.RepairOutcome;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.core.CaseRepository.UnitRepair;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseId;
import com.aftercare.orders.Orders;
import com.aftercare.orders.SerialNumber;
import com.aftercare.orders.Unit;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.warranty.Entitlement;
import com.aftercare.policy.warranty.EntitlementResult;
import com.aftercare.policy.warranty.Fault;
import com.aftercare.policy.warranty.RepairClock;
import com.aftercare.policy.warranty.RepairSpell;
import com.aftercare.policy.warranty.WarrantyPeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's warranty, derived every time from what is recorded: its delivery (WAR-2), the policy's
 * months (WAR-1), the days it spent in repair (WAR-3) and its faults (WAR-8). Nothing here is a
 * counter that could drift.
 */
@Service
public class UnitLedger {

    private static final ClauseId LAW_3 = ClauseId.of("LAW-3");

    /** One fault of the unit: a WARRANTY case, with what is known of it so far. */
    /** @param repairedFreeAt when its free repair was completed (LAW-4 counts the faults after it); null otherwise */
    public record FaultEntry(CaseId caseId, String reference, String faultCode, Instant notifiedAt, Boolean covered,
                             boolean repairLate, boolean notRepairable, Instant repairedFreeAt) {
    }

    public record UnitWarranty(Unit unit, PolicyVersion policy, WarrantyPeriod period, List<FaultEntry> faults,
                               EntitlementResult entitlement) {
    }

    private final CaseRepository cases;
    private final Orders orders;
    private final PolicyBook policies;
    private final TurkishCalendar calendar;
    private final Clock clock;

    UnitLedger(CaseRepository cases, Orders orders, PolicyBook policies, TurkishCalendar calendar, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.policies = policies;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The unit's warranty as of now; empty when no delivered unit has that serial number. */
    @Transactional(readOnly = true)
    public Optional<UnitWarranty> of(String serialNumber) {
        if (!SerialNumber.isWellFormed(serialNumber)) {
            return Optional.empty();
        }
        Optional<Unit> sold = orders.findUnit(new SerialNumber(serialNumber));
        return sold.isPresent() ? sold.filter(unit -> unit.deliveredAt() != null).map(this::ledger)
                : replacement(serialNumber).map(this::ledger);
    }

    /**
     * A unit the store sent as a replacement (DLV-3, DLV-4, WAR-8) has its own warranty from its own
     * delivery (WAR-2): it is the unit it replaced, under its new serial number, from the day it left.
     */
    private Optional<Unit> replacement(String serialNumber) {
        return cases.replacementUnit(serialNumber).flatMap(shipped -> cases.load(shipped.caseId()).flatMap(file -> {
            CaseFile.Item item = file.items().getFirst();
            return orders.find(new com.aftercare.orders.OrderNumber(file.orderNumber()))
                    .flatMap(order -> order.line(item.lineId()))
                    .map(line -> new Unit(new SerialNumber(serialNumber), new com.aftercare.orders.OrderNumber(file.orderNumber()),
                            line.lineId(), line.sku(), line.name(), line.category(), line.waterproof(),
                            shipped.shippedAt().atZone(TurkishCalendar.ZONE).toOffsetDateTime()));
        }));
    }

    /** The reference of the unit's warranty case still open, if any. */
    public Optional<String> openCaseOf(String serialNumber) {
        return cases.openWarrantyCaseOf(serialNumber);
    }

    private UnitWarranty ledger(Unit unit) {
        LocalDate deliveredOn = unit.deliveredAt().atZoneSameInstant(TurkishCalendar.ZONE).toLocalDate();
        PolicyVersion policy = policies.inForceOn(deliveredOn);
        LocalDate today = clock.instant().atZone(TurkishCalendar.ZONE).toLocalDate();
        List<UnitRepair> repairs = cases.repairsOfUnit(unit.serialNumber().value());
        List<RepairSpell> spells = repairs.stream().filter(r -> r.repairStartedAt() != null)
                .map(r -> new RepairSpell(day(r.repairStartedAt()), r.repairFinishedAt() == null ? null : day(r.repairFinishedAt())))
                .toList();
        WarrantyPeriod period = policy.clause(LAW_3).isPresent()
                ? WarrantyPeriod.underTheFloor(policy, deliveredOn, spells, notifiedToHandedBack(repairs), today)
                : WarrantyPeriod.of(policy, deliveredOn, spells, today);
        List<FaultEntry> faults = repairs.stream().map(repair -> fault(repair, policy, today)).toList();
        Boolean confirmed = repairs.stream().map(UnitRepair::unusableConfirmed).filter(Objects::nonNull)
                .reduce((first, second) -> second).orElse(null);
        List<Fault> counted = faults.stream().filter(f -> f.covered() != null)
                .map(f -> new Fault(f.faultCode(), f.notifiedAt(), f.covered(), f.repairLate(), f.notRepairable(),
                        f.repairedFreeAt())).toList();
        return new UnitWarranty(unit, policy, period, faults, new Entitlement(policy).judge(counted, period, confirmed));
    }

    /**
     * LAW-3's spells: every fault not found outside the warranty, from the day it was notified to the day the unit
     * went back to the customer (the carrier's collection of the unit, or the shipment's arrangement, since the
     * customer's receipt is not recorded); open while it has not gone back.
     */
    private static List<RepairSpell> notifiedToHandedBack(List<UnitRepair> repairs) {
        return repairs.stream().filter(r -> !Boolean.FALSE.equals(r.covered()))
                .map(r -> new RepairSpell(day(r.requestedAt()), r.handedBackAt() == null ? null : day(r.handedBackAt())))
                .toList();
    }

    private FaultEntry fault(UnitRepair repair, PolicyVersion policy, LocalDate today) {
        RepairClock clock = RepairClock.startedAt(repair.requestedAt(), policy, calendar);
        LocalDate finished = repair.repairFinishedAt() == null ? null : day(repair.repairFinishedAt());
        boolean late = Boolean.TRUE.equals(repair.covered()) && clock.repairLate(today, finished);
        Instant repairedFree = Boolean.TRUE.equals(repair.covered()) && repair.outcome() == RepairOutcome.FIXED
                ? repair.repairFinishedAt() : null;
        return new FaultEntry(repair.caseId(), repair.reference(), repair.faultCode(), repair.requestedAt(), repair.covered(), late,
                repair.outcome() == RepairOutcome.NOT_REPAIRABLE, repairedFree);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(TurkishCalendar.ZONE).toLocalDate();
    }
}

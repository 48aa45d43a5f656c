package com.aftercare.cases.web;

import com.aftercare.cases.CaseViews;
import com.aftercare.cases.Loaners;
import com.aftercare.cases.warranty.UnitLedger;
import com.aftercare.cases.warranty.UnitLedger.UnitWarranty;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.policy.CitedClause;
import com.aftercare.policy.warranty.CareNotes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A unit's warranty ledger (API.md "Units and warranty") and the loaner pool (WAR-5). */
@RestController
@Tag(name = "Units and warranty", description = "Each unit's warranty, derived from its delivery, repairs and faults")
class UnitsController {

    record FaultView(String faultCode, OffsetDateTime notifiedAt, UUID caseId, String caseReference, Boolean covered,
                     boolean repairLate, boolean notRepairable) {
    }

    record EntitlementView(boolean entitled, boolean pendingConfirmation, List<CitedClause> clauses, String reason,
                           List<String> countingFaults) {
    }

    record UnitWarrantyView(String serialNumber, String orderNumber, String name, boolean waterproof, LocalDate startsOn,
                            LocalDate baseEndsOn, long daysInRepair, LocalDate endsOn, boolean inWarranty,
                            List<FaultView> faults, EntitlementView entitlement, List<CitedClause> careNotes,
                            List<CitedClause> clauses) {
    }

    record NewLoaner(@NotBlank @Size(max = 64) String serialNumber, @NotBlank @Size(max = 200) String model) {
    }

    private final UnitLedger ledger;
    private final Loaners loaners;
    private final MessageSource messages;
    private final java.time.Clock clock;

    UnitsController(UnitLedger ledger, Loaners loaners, MessageSource messages, java.time.Clock clock) {
        this.ledger = ledger;
        this.loaners = loaners;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/v1/units/{serialNumber}/warranty")
    @PreAuthorize("hasAnyRole('AGENT', 'TECHNICIAN', 'FINANCE')")
    @Operation(summary = "A unit's warranty: its dates (WAR-1..WAR-3), its faults and its WAR-8 entitlement",
            description = "Everything is derived from the unit's delivery and recorded repairs; care notes (CARE-1) for a waterproof watch.")
    UnitWarrantyView warranty(@PathVariable String serialNumber, Locale locale) {
        UnitWarranty unit = ledger.of(serialNumber)
                .orElseThrow(() -> new NotFoundException("No delivered unit has the serial number " + serialNumber + "."));
        var period = unit.period();
        var entitlement = unit.entitlement();
        var policy = unit.policy();
        LocalDate today = clock.instant().atZone(com.aftercare.calendar.TurkishCalendar.ZONE).toLocalDate();
        return new UnitWarrantyView(serialNumber, unit.unit().orderNumber().value(), unit.unit().name(), unit.unit().waterproof(),
                period.startsOn(), period.baseEndsOn(), period.daysInRepair(), period.endsOn(), period.covers(today),
                unit.faults().stream().map(f -> new FaultView(f.faultCode(), CaseViews.at(f.notifiedAt()), f.caseId().value(),
                        f.reference(), f.covered(), f.repairLate(), f.notRepairable())).toList(),
                new EntitlementView(entitlement.entitled(), entitlement.pendingConfirmation(),
                        policy.cite(entitlement.clauses(), locale),
                        messages.getMessage(entitlement.reason().key(), entitlement.reason().arguments().toArray(),
                                entitlement.reason().defaultText(), locale),
                        entitlement.countingFaults().stream().map(f -> f.faultCode()).toList()),
                policy.cite(CareNotes.toCite(unit.unit().waterproof()), locale),
                policy.cite(period.clauses(), locale));
    }

    @GetMapping("/api/v1/loaners")
    @PreAuthorize("hasAnyRole('AGENT', 'TECHNICIAN', 'ADMIN')")
    @Operation(summary = "The loaner pool and who has each unit (WAR-5)")
    List<Loaners.Loaner> loaners() {
        return loaners.all();
    }

    @PostMapping("/api/v1/loaners")
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    @Operation(summary = "Add a unit to the loaner pool")
    ResponseEntity<Loaners.Loaner> addLoaner(@Valid @RequestBody NewLoaner loaner) {
        return ResponseEntity.status(201).body(loaners.add(loaner.serialNumber(), loaner.model()));
    }
}

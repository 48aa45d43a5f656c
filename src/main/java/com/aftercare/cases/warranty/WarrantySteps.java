package com.aftercare.cases.warranty;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.RepairOutcome;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseJournal;
import com.aftercare.cases.core.CasePolicies;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.core.CaseSteps;
import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseFile.InspectionRecord;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.warranty.UnitLedger.UnitWarranty;
import com.aftercare.identity.Caller;
import com.aftercare.orders.Money;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Reason;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.warranty.CoverageDecision;
import com.aftercare.policy.warranty.CoverageFacts;
import com.aftercare.policy.warranty.EntitlementResult;
import com.aftercare.policy.warranty.FaultCause;
import com.aftercare.policy.warranty.FaultCoverage;
import com.aftercare.policy.warranty.RepairClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a warranty repair: diagnosis (WAR-7, WAR-9, EXC-1..EXC-8), a paid-repair quote for
 * an excluded fault, the repair and its clock (WAR-4), a loaner (WAR-5), and the customer's remedy
 * when WAR-8 entitles them. The unit's way to the service and back, its refund and its replacement
 * are the shared steps of {@link CaseSteps}.
 */
@Service
public class WarrantySteps {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CasePolicies policies;
    private final UnitLedger ledger;
    private final TurkishCalendar calendar;
    private final Clock clock;

    WarrantySteps(CaseRepository cases, CaseJournal journal, CasePolicies policies, UnitLedger ledger, TurkishCalendar calendar,
            Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.policies = policies;
        this.ledger = ledger;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public CaseFile diagnose(CaseId id, FaultCause cause, boolean noFaultFound, List<UUID> evidence, String notes, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.DIAGNOSE);
        CaseFile file = aCase.before();
        if (!noFaultFound && cause == null) {
            throw new InvalidInputException("cause", "name the cause of the fault, or set noFaultFound when nothing is wrong");
        }
        if (noFaultFound && cause != null) {
            throw new InvalidInputException("noFaultFound", "a diagnosis either names the cause of a fault or finds none, not both");
        }
        // RET-5 shifts later shipments to the customer only on evidence shown: ids of this case's photos or videos.
        CaseSteps.checkEvidence(file, evidence);
        Instant now = clock.instant();
        Verdict verdict;
        if (noFaultFound) {
            // RET-5: nothing wrong; with photos or video shown to the customer, later shipments of the unit are theirs to pay.
            Reason reason = evidence.isEmpty()
                    ? Reason.of("warranty.noFaultFound", "The technical service found nothing wrong with the unit.")
                    : Reason.of("warranty.noFaultFoundShown",
                            "The technical service found nothing wrong with the unit and shows why with photos or video on the case.");
            verdict = Verdict.rejected(reason, ClauseId.of("RET-5"));
        } else {
            UnitWarranty unit = unit(file);
            CoverageDecision coverage = new FaultCoverage().judge(new CoverageFacts(cause, file.warranty().waterproof(),
                    file.requestedAt(), unit.period()));
            verdict = coverage.verdict();
            aCase.recordDiagnosis(cause.name(), coverage.covered());
        }
        aCase.insertInspection(new InspectionRecord(UUID.randomUUID(), 1, false, false, false, false, noFaultFound,
                evidence, notes, StoredVerdict.of(verdict), now, caller.username()));
        boolean covered = verdict.outcome() == Outcome.ACCEPTED;
        if (!covered) {
            // No free repair is owed for an excluded fault or a unit with nothing wrong: its clocks stop.
            aCase.removeDeadline(WarrantyDeadlines.REPAIR);
            aCase.removeDeadline(WarrantyDeadlines.LOANER);
        }
        decide(aCase, verdict, covered ? CaseStatus.ACCEPTED : CaseStatus.REFUSED, now, caller,
                new CaseEvent.Diagnosed(cause, covered, evidence, notes));
        noteEntitlement(aCase, now, caller);
        return aCase.current();
    }

    @Transactional
    public CaseFile quote(CaseId id, Money amount, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.QUOTE);
        CaseFile file = aCase.before();
        aCase.recordQuote(amount);
        journal.record(aCase, CaseStatus.QUOTED, file.decision(), clock.instant(), caller.username(), file.decision().clauses(),
                new CaseEvent.RepairQuoted(amount));
        return aCase.current();
    }

    @Transactional
    public CaseFile answerQuote(CaseId id, boolean accepted, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.ANSWER_QUOTE);
        CaseFile file = aCase.before();
        aCase.recordQuoteAnswer(accepted);
        journal.record(aCase, accepted ? CaseStatus.ACCEPTED : CaseStatus.REFUSED, file.decision(), clock.instant(),
                caller.username(), file.decision().clauses(), new CaseEvent.QuoteAnswered(accepted));
        return aCase.current();
    }

    @Transactional
    public CaseFile startRepair(CaseId id, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.START_REPAIR);
        CaseFile file = aCase.before();
        Instant now = clock.instant();
        aCase.recordRepairStart(now);
        List<String> clauses = Boolean.TRUE.equals(file.warranty().covered()) ? List.of("WAR-4", "WAR-7", "WAR-3") : List.of();
        journal.record(aCase, CaseStatus.IN_REPAIR, file.decision(), now, caller.username(), clauses,
                new CaseEvent.RepairStarted(!Boolean.TRUE.equals(file.warranty().covered())));
        return aCase.current();
    }

    @Transactional
    public CaseFile finishRepair(CaseId id, RepairOutcome outcome, String workDone, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.FINISH_REPAIR);
        CaseFile file = aCase.before();
        if (outcome == RepairOutcome.NOT_REPAIRABLE && file.attachments().stream().noneMatch(a -> a.kind() == CaseAttachments.Kind.SERVICE_REPORT)) {
            throw journal.conflict(file, "A unit is reported not repairable with the service's report (WAR-8 g): "
                    + "attach it as a SERVICE_REPORT first.");
        }
        Instant now = clock.instant();
        aCase.recordRepairFinish(now, outcome, workDone);
        settleClocks(aCase, now);
        RepairClock repairClock = RepairClock.startedAt(file.requestedAt(), policies.named(file.policyVersion()), calendar);
        List<String> clauses = new ArrayList<>(List.of("WAR-4", "WAR-3"));
        if (outcome == RepairOutcome.NOT_REPAIRABLE) {
            clauses.add("WAR-8");
        }
        journal.record(aCase, outcome == RepairOutcome.FIXED ? CaseStatus.REPAIRED : CaseStatus.NOT_REPAIRABLE, file.decision(),
                now, caller.username(), clauses, new CaseEvent.RepairFinished(outcome, workDone, repairClock.workingDaysTaken(today(now))));
        noteEntitlement(aCase, now, caller);
        return aCase.current();
    }

    @Transactional
    public CaseFile lendLoaner(CaseId id, String loanerSerial, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.LEND_LOANER);
        CaseFile file = aCase.before();
        Instant now = clock.instant();
        String model = cases.loanerModel(loanerSerial)
                .orElseThrow(() -> new InvalidInputException("serialNumber", loanerSerial + " is not in the loaner pool"));
        if (cases.loanerLent(loanerSerial)) {
            throw new ConflictException("Loaner " + loanerSerial + " is lent to another customer; choose another.");
        }
        aCase.lend(loanerSerial, model, now);
        file.deadline(WarrantyDeadlines.LOANER).filter(d -> d.met() == null)
                .ifPresent(d -> aCase.putDeadline(d.kind(), d.due(), d.clause(), true, now));
        journal.record(aCase, file.status(), file.decision(), now, caller.username(), List.of("WAR-5"),
                new CaseEvent.LoanerLent(loanerSerial));
        return aCase.current();
    }

    @Transactional
    public CaseFile returnLoaner(CaseId id, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.RETURN_LOANER);
        CaseFile file = aCase.before();
        CaseFile.Loan loan = file.openLoan().orElseThrow();
        Instant now = clock.instant();
        aCase.returnLoaner(loan.id(), now);
        journal.record(aCase, file.status(), file.decision(), now, caller.username(), List.of("WAR-5"),
                new CaseEvent.LoanerReturned(loan.loanerSerial()));
        return aCase.current();
    }

    @Transactional
    public CaseFile confirmUnusable(CaseId id, boolean confirmed, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.CONFIRM_UNUSABLE);
        CaseFile file = aCase.before();
        EntitlementResult entitlement = unit(file).entitlement();
        if (!entitlement.pendingConfirmation()) {
            throw journal.conflict(file, "Nothing waits for a confirmation: WAR-8 (a)-(e) do not hold for this unit ("
                    + entitlement.reason().defaultText() + ").");
        }
        aCase.recordUnusableConfirmation(confirmed);
        journal.record(aCase, file.status(), file.decision(), clock.instant(), caller.username(), List.of("WAR-8"),
                new CaseEvent.UnusableConfirmation(confirmed));
        noteEntitlement(aCase, clock.instant(), caller);
        return aCase.current();
    }

    @Transactional
    public CaseFile chooseRemedy(CaseId id, RemedyChoice choice, BigDecimal discountRate, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.CHOOSE_REMEDY);
        CaseFile file = aCase.before();
        EntitlementResult entitlement = unit(file).entitlement();
        if (!entitlement.entitled()) {
            throw journal.conflict(file, "The customer is not entitled to a replacement, refund or discount: "
                    + entitlement.reason().defaultText());
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (choice == RemedyChoice.DISCOUNT && (discountRate == null || discountRate.signum() <= 0
                || discountRate.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new FieldProblem("discountRate", "a discount is an agreed rate above 0 and at most 100 (percent)"));
        }
        if (choice != RemedyChoice.DISCOUNT && discountRate != null) {
            problems.add(new FieldProblem("discountRate", "only a DISCOUNT has a rate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        aCase.recordRemedyChoice(choice, discountRate);
        decide(aCase, entitlement.verdict(), file.status(), clock.instant(), caller, new CaseEvent.RemedyChosen(choice, discountRate));
        return aCase.current();
    }

    /** WAR-4, WAR-5: the repair clock is met when the repair is done in time; the loaner clock when it came before the loaner was owed. */
    private void settleClocks(CaseAggregate aCase, Instant finishedAt) {
        CaseFile file = aCase.before();
        file.deadline(WarrantyDeadlines.REPAIR).filter(d -> d.met() == null)
                .ifPresent(d -> aCase.putDeadline(d.kind(), d.due(), d.clause(), !finishedAt.isAfter(d.due()), finishedAt));
        file.deadline(WarrantyDeadlines.LOANER).filter(d -> d.met() == null)
                .ifPresent(d -> aCase.putDeadline(d.kind(), d.due(), d.clause(), !finishedAt.isAfter(d.due()), finishedAt));
    }

    private void decide(CaseAggregate aCase, Verdict verdict, CaseStatus next, Instant now, Caller caller, CaseEvent event) {
        CaseFile file = aCase.before();
        StoredVerdict stored = StoredVerdict.of(verdict);
        for (Item item : file.items()) {
            aCase.updateItemVerdict(item.position(), stored);
        }
        journal.record(aCase, next, stored, now, caller.username(), verdict.appliedClauses().stream().map(ClauseId::value).toList(),
                event);
    }

    /**
     * WAR-8: once the unit's ledger entitles the customer to a replacement or a refund, the case's
     * timeline says so, once, with the clauses (and the customer is told by e-mail).
     */
    void noteEntitlement(CaseAggregate aCase, Instant now, Caller caller) {
        CaseFile file = aCase.current();
        if (file.warranty() == null || file.timeline().stream().anyMatch(e -> e.kind() == CaseEventKind.REMEDY_ENTITLED)) {
            return;
        }
        EntitlementResult entitlement = unit(file).entitlement();
        if (!entitlement.entitled()) {
            return;
        }
        journal.note(aCase, now, caller.username(), entitlement.clauses().stream().map(ClauseId::value).toList(),
                new CaseEvent.RemedyEntitled(file.warranty().serialNumber(), entitlement.reason()));
    }

    private UnitWarranty unit(CaseFile file) {
        return ledger.of(file.warranty().serialNumber())
                .orElseThrow(() -> new IllegalStateException("unit " + file.warranty().serialNumber() + " is gone"));
    }

    private static LocalDate today(Instant now) {
        return now.atZone(TurkishCalendar.ZONE).toLocalDate();
    }
}

package com.aftercare.cases.returns;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseCommands.Inspect;
import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseFile.InspectionRecord;
import com.aftercare.cases.CaseFile.Item;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.core.CaseDeadlines;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseJournal;
import com.aftercare.cases.core.CasePolicies;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.core.CaseSteps;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.Verdict;
import com.aftercare.policy.returns.InspectionFindings;
import com.aftercare.policy.returns.ReturnProgress;
import com.aftercare.policy.returns.WithdrawalInspection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps only a return has: the inspection of each item that came back (RET-3, RET-4, GEN-3),
 * with RET-5's photos or video when nothing wrong was found.
 */
@Service
public class ReturnSteps {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CasePolicies policies;
    private final Clock clock;

    ReturnSteps(CaseRepository cases, CaseJournal journal, CasePolicies policies, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional
    public CaseFile inspect(CaseId id, Inspect command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.INSPECT);
        CaseFile file = aCase.before();
        Item item = file.items().stream().filter(i -> i.lineId().equals(command.lineId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("lineId", "case " + file.reference() + " has no item of line " + command.lineId()));
        if (file.inspectionOf(item.position()).isPresent()) {
            String left = file.items().stream().filter(i -> file.inspectionOf(i.position()).isEmpty()).map(Item::lineId)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw journal.conflict(file, "Line " + item.lineId() + " of case " + file.reference()
                    + " is already inspected; an inspection is recorded once. Still to inspect: "
                    + (left.contains(",") ? "lines " : "line ") + left + ".");
        }
        CaseSteps.checkEvidence(file, command.evidence());
        Verdict verdict = new WithdrawalInspection(policies.named(file.policyVersion())).judge(new InspectionFindings(
                item.category(), command.used(), command.dataTransferred(), command.paired(), command.hygieneSealOpened(),
                command.notes()));
        Instant now = clock.instant();
        aCase.insertInspection(new InspectionRecord(UUID.randomUUID(), item.position(), command.used(),
                command.dataTransferred(), command.paired(), command.hygieneSealOpened(), command.noFaultFound(),
                command.evidence(), command.notes(), StoredVerdict.of(verdict), now, caller.username()));
        aCase.updateItemVerdict(item.position(), StoredVerdict.of(verdict));
        List<Verdict> items = file.items().stream()
                .map(i -> i.position() == item.position() ? verdict : CaseSteps.verdictOf(i.verdict())).toList();
        Verdict overall = ReturnProgress.overall(items, file.receipt() == null ? null : CaseSteps.verdictOf(file.receipt().verdict()));
        if (overall.outcome() == Outcome.REJECTED) {
            aCase.removeDeadline(CaseDeadlines.REFUND);
        }
        journal.record(aCase, ReturnFamily.statusFor(overall), StoredVerdict.of(overall), now, caller.username(),
                verdict.appliedClauses().stream().map(ClauseId::value).toList(), new CaseEvent.ItemInspected(item.lineId(),
                        verdict.outcome(), command.used(), command.dataTransferred(), command.paired(), command.hygieneSealOpened(),
                        command.noFaultFound(), command.evidence()));
        return aCase.current();
    }
}

package com.aftercare.cases;

import com.aftercare.cases.CaseCommands.Step;
import com.aftercare.cases.attachments.EvidenceAttachments;
import com.aftercare.cases.core.CaseOpening;
import com.aftercare.cases.core.CaseReader;
import com.aftercare.cases.core.CaseSteps;
import com.aftercare.cases.core.CaseVersions;
import com.aftercare.cases.delivery.DeliverySteps;
import com.aftercare.cases.returns.ReturnSteps;
import com.aftercare.cases.warranty.WarrantySteps;
import com.aftercare.identity.Caller;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The front door of the cases module: open a case, read it with the steps its state allows, take a
 * step. The pages, the API and other modules come in here; which family's rules a step follows is
 * decided inside, by the case.
 */
@Service
public class Cases {

    private final CaseOpening opening;
    private final CaseReader reader;
    private final CaseVersions versions;
    private final CaseSteps steps;
    private final ReturnSteps returns;
    private final DeliverySteps delivery;
    private final WarrantySteps warranty;
    private final EvidenceAttachments attachments;

    Cases(CaseOpening opening, CaseReader reader, CaseVersions versions, CaseSteps steps, ReturnSteps returns, DeliverySteps delivery,
            WarrantySteps warranty, EvidenceAttachments attachments) {
        this.opening = opening;
        this.reader = reader;
        this.versions = versions;
        this.steps = steps;
        this.returns = returns;
        this.delivery = delivery;
        this.warranty = warranty;
        this.attachments = attachments;
    }

    /**
     * Opens a case, judged at once by the policy version in force; 400 with every problem, 409 when
     * the items are taken. Answers the case as it now stands, without reading it back.
     */
    public CaseFile open(CaseCommands.Open command, Caller caller) {
        return opening.open(command, caller);
    }

    public Optional<CaseFile> find(CaseId id) {
        return reader.find(id);
    }

    /** The steps the case's state allows now: the API's 409s and the buttons a page shows come from here. */
    public Set<CaseAction> allowedActions(CaseFile file) {
        return reader.allowedActions(file);
    }

    /**
     * Takes a step on a case. With {@code ifMatch} (an ETag such as {@code "3"}) the step is taken
     * only if the case is still at that version, checked under the case's row lock (412 otherwise);
     * without it (or with {@code *}), under the case's version as it is read. Answers the case as the
     * step left it, without reading it again.
     */
    public CaseFile take(CaseId id, String ifMatch, Step step, Caller caller) {
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return dispatch(id, step, caller);
        }
        return versions.atVersion(id, ifMatch, () -> dispatch(id, step, caller));
    }

    private CaseFile dispatch(CaseId id, Step step, Caller caller) {
        return switch (step) {
            case CaseCommands.ArrangeShipment s -> steps.arrangeReturnShipment(id, s, caller);
            case CaseCommands.RecordPickup s -> steps.recordPickup(id, s, caller);
            case CaseCommands.RecordReceipt s -> steps.recordReceipt(id, s, caller);
            case CaseCommands.UpdateDocuments s -> steps.updateDocuments(id, s, caller);
            case CaseCommands.Inspect s -> returns.inspect(id, s, caller);
            case CaseCommands.IssueRefund s -> steps.issueRefund(id, s, caller);
            case CaseCommands.ShipReplacement s -> steps.shipReplacement(id, s, caller);
            case CaseCommands.SendBack s -> steps.sendBack(id, s, caller);
            case CaseCommands.Cancel s -> steps.cancel(id, s, caller);
            case CaseCommands.Attach s -> attachments.attach(id, s, caller).file();
            case CaseCommands.RecordDamageReport s -> delivery.recordDamageReport(id, s, caller);
            case CaseCommands.RequestPhotos s -> delivery.requestPhotos(id, caller);
            case CaseCommands.Examine s -> delivery.examine(id, s, caller);
            case CaseCommands.Decide s -> delivery.decide(id, s, caller);
            case CaseCommands.ResendInvoice s -> delivery.resendInvoice(id, caller);
            case CaseCommands.Diagnose s -> warranty.diagnose(id, s.cause(), s.noFaultFound(), s.evidence(), s.notes(), caller);
            case CaseCommands.Quote s -> warranty.quote(id, s.amount(), caller);
            case CaseCommands.AnswerQuote s -> warranty.answerQuote(id, s.accepted(), caller);
            case CaseCommands.StartRepair s -> warranty.startRepair(id, caller);
            case CaseCommands.FinishRepair s -> warranty.finishRepair(id, s.outcome(), s.workDone(), caller);
            case CaseCommands.LendLoaner s -> warranty.lendLoaner(id, s.serialNumber(), caller);
            case CaseCommands.ReturnLoaner s -> warranty.returnLoaner(id, caller);
            case CaseCommands.ConfirmUnusable s -> warranty.confirmUnusable(id, s.confirmed(), caller);
            case CaseCommands.ChooseRemedy s -> warranty.chooseRemedy(id, s.choice(), s.discountRate(), caller);
        };
    }
}

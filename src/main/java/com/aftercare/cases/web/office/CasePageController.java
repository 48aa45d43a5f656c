package com.aftercare.cases.web.office;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.internal.CaseAttachments;
import com.aftercare.cases.internal.CaseCommands;
import com.aftercare.cases.internal.CaseFile;
import com.aftercare.cases.internal.CaseReader;
import com.aftercare.cases.internal.CaseSteps;
import com.aftercare.cases.internal.CaseVersions;
import com.aftercare.cases.web.CaseViews;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.policy.returns.Packaging;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case page and the forms of its steps. Each form carries the case's version, so two people
 * acting on the same page never both win; a step the role may not take is a 403, one the case's
 * state does not allow is shown on the page with the reason, and a step taken leads back to the
 * case page (post-redirect-get).
 */
@Controller
@RequestMapping("/office/cases/{id}")
class CasePageController {

    private final CaseReader reader;
    private final CaseViews views;
    private final CaseSteps steps;
    private final CaseVersions versions;
    private final CaseAttachments attachments;
    private final Clock clock;

    CasePageController(CaseReader reader, CaseViews views, CaseSteps steps, CaseVersions versions, CaseAttachments attachments,
            Clock clock) {
        this.reader = reader;
        this.views = views;
        this.steps = steps;
        this.versions = versions;
        this.attachments = attachments;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView show(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, Locale locale) {
        return page(load(id), caller, locale, null, HttpStatus.OK);
    }

    /** A photo, video or report of the case, as a download (never rendered inline: its type is the uploader's). */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        CaseFile file = load(id);
        CaseFile.AttachmentInfo info = file.attachments().stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Case " + file.reference() + " has no attachment " + attachmentId + "."));
        byte[] content = attachments.content(file.id(), attachmentId)
                .orElseThrow(() -> new NotFoundException("The attachment " + attachmentId + " has no content."));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(info.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(info.filename(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    @PostMapping("/shipments")
    ModelAndView arrangeShipment(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String carrier,
            @RequestParam(defaultValue = "false") boolean storeArranged, @RequestParam(required = false) String trackingNumber,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.ARRANGE_RETURN_SHIPMENT, caller, locale, caseId -> steps.arrangeReturnShipment(caseId,
                new CaseCommands.ArrangeShipment(required("carrier", carrier), storeArranged, null, blankToNull(trackingNumber)), caller));
    }

    @PostMapping("/shipments/{shipmentId}/pickup")
    ModelAndView recordPickup(@PathVariable UUID id, @PathVariable UUID shipmentId, @RequestParam String version,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.RECORD_PICKUP, caller, locale,
                caseId -> steps.recordPickup(caseId, new CaseCommands.RecordPickup(shipmentId, null), caller));
    }

    @PostMapping("/receipt")
    ModelAndView recordReceipt(@PathVariable UUID id, @RequestParam String version, @RequestParam Packaging packaging,
            @RequestParam(defaultValue = "false") boolean signedReturnForm, @RequestParam(defaultValue = "false") boolean originalInvoice,
            @RequestParam(defaultValue = "false") boolean companyReturnInvoice, @RequestParam(required = false) String notes,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.RECORD_RECEIPT, caller, locale, caseId -> steps.recordReceipt(caseId,
                new CaseCommands.RecordReceipt(null, packaging, signedReturnForm, originalInvoice, companyReturnInvoice,
                        blankToNull(notes)), caller));
    }

    @PostMapping("/receipt/documents")
    ModelAndView updateDocuments(@PathVariable UUID id, @RequestParam String version,
            @RequestParam(defaultValue = "false") boolean signedReturnForm, @RequestParam(defaultValue = "false") boolean originalInvoice,
            @RequestParam(defaultValue = "false") boolean companyReturnInvoice, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.UPDATE_DOCUMENTS, caller, locale, caseId -> steps.updateDocuments(caseId,
                new CaseCommands.UpdateDocuments(signedReturnForm, originalInvoice, companyReturnInvoice), caller));
    }

    @PostMapping("/inspections")
    ModelAndView inspect(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String lineId,
            @RequestParam(defaultValue = "false") boolean used, @RequestParam(defaultValue = "false") boolean dataTransferred,
            @RequestParam(defaultValue = "false") boolean paired, @RequestParam(defaultValue = "false") boolean hygieneSealOpened,
            @RequestParam(defaultValue = "false") boolean noFaultFound, @RequestParam(required = false) String notes,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.INSPECT, caller, locale, caseId -> steps.inspect(caseId, new CaseCommands.Inspect(
                required("lineId", lineId), used, dataTransferred, paired, hygieneSealOpened, noFaultFound, List.of(),
                blankToNull(notes)), caller));
    }

    @PostMapping("/refund")
    ModelAndView refund(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String iban,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.ISSUE_REFUND, caller, locale,
                caseId -> steps.issueRefund(caseId, new CaseCommands.IssueRefund(blankToNull(iban)), caller));
    }

    @PostMapping("/replacement")
    ModelAndView replacement(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String carrier,
            @RequestParam(required = false) String trackingNumber, @RequestParam(defaultValue = "") String serialNumbers,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        List<String> serials = Arrays.stream(serialNumbers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return take(id, version, CaseAction.SHIP_REPLACEMENT, caller, locale, caseId -> steps.shipReplacement(caseId,
                new CaseCommands.ShipReplacement(required("carrier", carrier), blankToNull(trackingNumber), serials), caller));
    }

    @PostMapping("/send-back")
    ModelAndView sendBack(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String carrier,
            @RequestParam(required = false) String trackingNumber, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.SEND_BACK, caller, locale, caseId -> steps.sendBack(caseId,
                new CaseCommands.SendBack(required("carrier", carrier), blankToNull(trackingNumber)), caller));
    }

    @PostMapping("/cancel")
    ModelAndView cancel(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.CANCEL, caller, locale,
                caseId -> steps.cancel(caseId, new CaseCommands.Cancel(blankToNull(reason)), caller));
    }

    /**
     * Takes a step at the version the person saw. A refusal by the case's rules (its state, a bad
     * field, someone faster) is shown on the case page with its reason, answered 409, 400 or 412.
     */
    private ModelAndView take(UUID id, String version, CaseAction action, Caller caller, Locale locale,
            java.util.function.Consumer<CaseId> step) {
        CaseFile before = load(id);
        if (!RoleQueues.mayTake(caller, action)) {
            throw new AccessDeniedException(action + " needs one of the roles " + action.roles());
        }
        try {
            versions.atVersion(before.id(), version, () -> step.accept(before.id()));
        } catch (ConflictException | OptimisticLockingFailureException e) {
            return page(load(id), caller, locale, problem(e), HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            return page(load(id), caller, locale, e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (ErrorResponseException e) {
            return page(load(id), caller, locale, e.getBody().getDetail(), HttpStatus.valueOf(e.getStatusCode().value()));
        }
        return new ModelAndView("redirect:/office/cases/" + id);
    }

    private static String problem(RuntimeException e) {
        return e instanceof OptimisticLockingFailureException
                ? "Someone else changed this case at the same moment; nothing of yours was saved. Check it and try again."
                : e.getMessage();
    }

    private ModelAndView page(CaseFile file, Caller caller, Locale locale, String problem, HttpStatus status) {
        var view = views.of(file, locale);
        var model = new ModelAndView("office/case");
        model.addObject("page", CasePage.of(view, caller, views, LocalDate.now(clock), locale));
        model.addObject("caller", caller);
        model.addObject("problem", problem);
        model.setStatus(status);
        return model;
    }

    private CaseFile load(UUID id) {
        return reader.find(new CaseId(id)).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

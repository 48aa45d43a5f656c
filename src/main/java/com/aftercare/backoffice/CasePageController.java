package com.aftercare.backoffice;

import com.aftercare.cases.RemedyChoice;
import com.aftercare.cases.RepairOutcome;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.Loaners;
import com.aftercare.evidence.Upload;
import com.aftercare.cases.AttachmentDownloads;
import com.aftercare.cases.CaseDocuments;
import com.aftercare.cases.CaseViews;
import com.aftercare.cases.Cases;
import com.aftercare.identity.Caller;
import com.aftercare.platform.mail.MailOutbox;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import com.aftercare.orders.Money;
import com.aftercare.policy.returns.Packaging;
import com.aftercare.policy.warranty.FaultCause;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.multipart.MultipartFile;
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

    private final Cases cases;
    private final CaseViews views;
    private final CaseAttachments attachments;
    private final Loaners loaners;
    private final MailOutbox outbox;
    private final Clock clock;

    CasePageController(Cases cases, CaseViews views, CaseAttachments attachments, Loaners loaners, MailOutbox outbox,
            Clock clock) {
        this.cases = cases;
        this.views = views;
        this.attachments = attachments;
        this.loaners = loaners;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView show(@PathVariable UUID id, @AuthenticationPrincipal Caller caller, Locale locale) {
        return page(load(id), caller, locale, null, HttpStatus.OK);
    }

    /** A photo, video or report of the case, as a download (never rendered inline: its type is the uploader's). */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return AttachmentDownloads.of(attachments, load(id), attachmentId);
    }

    @PostMapping("/shipments")
    ModelAndView arrangeShipment(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String carrier,
            @RequestParam(defaultValue = "false") boolean storeArranged, @RequestParam(required = false) String trackingNumber,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.ARRANGE_RETURN_SHIPMENT, caller, locale, () -> new CaseCommands.ArrangeShipment(required("carrier", carrier), storeArranged, null, blankToNull(trackingNumber)));
    }

    @PostMapping("/shipments/{shipmentId}/pickup")
    ModelAndView recordPickup(@PathVariable UUID id, @PathVariable UUID shipmentId, @RequestParam String version,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.RECORD_PICKUP, caller, locale,
                () -> new CaseCommands.RecordPickup(shipmentId, null));
    }

    @PostMapping("/receipt")
    ModelAndView recordReceipt(@PathVariable UUID id, @RequestParam String version, @RequestParam Packaging packaging,
            @RequestParam(defaultValue = "false") boolean signedReturnForm, @RequestParam(defaultValue = "false") boolean originalInvoice,
            @RequestParam(defaultValue = "false") boolean companyReturnInvoice, @RequestParam(required = false) String notes,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.RECORD_RECEIPT, caller, locale, () -> new CaseCommands.RecordReceipt(null, packaging, signedReturnForm, originalInvoice, companyReturnInvoice,
                        blankToNull(notes)));
    }

    @PostMapping("/receipt/documents")
    ModelAndView updateDocuments(@PathVariable UUID id, @RequestParam String version,
            @RequestParam(defaultValue = "false") boolean signedReturnForm, @RequestParam(defaultValue = "false") boolean originalInvoice,
            @RequestParam(defaultValue = "false") boolean companyReturnInvoice, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.UPDATE_DOCUMENTS, caller, locale, () -> new CaseCommands.UpdateDocuments(signedReturnForm, originalInvoice, companyReturnInvoice));
    }

    @PostMapping("/inspections")
    ModelAndView inspect(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String lineId,
            @RequestParam(defaultValue = "false") boolean used, @RequestParam(defaultValue = "false") boolean dataTransferred,
            @RequestParam(defaultValue = "false") boolean paired, @RequestParam(defaultValue = "false") boolean hygieneSealOpened,
            @RequestParam(defaultValue = "false") boolean noFaultFound, @RequestParam(required = false) String notes,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.INSPECT, caller, locale, () -> new CaseCommands.Inspect(
                required("lineId", lineId), used, dataTransferred, paired, hygieneSealOpened, noFaultFound, List.of(),
                blankToNull(notes)));
    }

    @PostMapping("/refund")
    ModelAndView refund(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String iban,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.ISSUE_REFUND, caller, locale,
                () -> new CaseCommands.IssueRefund(blankToNull(iban)));
    }

    @PostMapping("/replacement")
    ModelAndView replacement(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String carrier,
            @RequestParam(required = false) String trackingNumber, @RequestParam(defaultValue = "") String serialNumbers,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        List<String> serials = Arrays.stream(serialNumbers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return take(id, version, CaseAction.SHIP_REPLACEMENT, caller, locale, () -> new CaseCommands.ShipReplacement(required("carrier", carrier), blankToNull(trackingNumber), serials));
    }

    @PostMapping("/send-back")
    ModelAndView sendBack(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String carrier,
            @RequestParam(required = false) String trackingNumber, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.SEND_BACK, caller, locale, () -> new CaseCommands.SendBack(required("carrier", carrier), blankToNull(trackingNumber)));
    }

    @PostMapping("/cancel")
    ModelAndView cancel(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String reason,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.CANCEL, caller, locale,
                () -> new CaseCommands.Cancel(blankToNull(reason)));
    }

    /** The file is the first parameter: an upload above the multipart limit is then told so (OfficeErrors), not "version is missing". */
    @PostMapping("/attachments")
    ModelAndView attach(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam String version, @RequestParam(defaultValue = "") String kind, @RequestParam(required = false) String description,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        if (file == null || file.isEmpty()) {
            return refused(id, CaseAction.ATTACH, caller, locale, new InvalidInputException("file", "is required"));
        }
        var command = new CaseCommands.Attach(required("kind", kind), file.getOriginalFilename(), file.getContentType(),
                Upload.of(file), blankToNull(description));
        return take(id, version, CaseAction.ATTACH, caller, locale, () -> command);
    }

    @PostMapping("/damage-report")
    ModelAndView damageReport(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) String date, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.RECORD_DAMAGE_REPORT, caller, locale, () -> new CaseCommands.RecordDamageReport(required("number", number), date("date", date)));
    }

    @PostMapping("/photo-requests")
    ModelAndView requestPhotos(@PathVariable UUID id, @RequestParam String version, @AuthenticationPrincipal Caller caller,
            Locale locale) {
        return take(id, version, CaseAction.REQUEST_PHOTOS, caller, locale, () -> new CaseCommands.RequestPhotos());
    }

    @PostMapping("/examination")
    ModelAndView examine(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String customerCaused,
            @RequestParam(required = false) String notes, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.EXAMINE, caller, locale, () -> new CaseCommands.Examine(yesNo("customerCaused", customerCaused), blankToNull(notes)));
    }

    @PostMapping("/decision")
    ModelAndView decide(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String upheld,
            @RequestParam(required = false) String note, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.DECIDE, caller, locale, () -> new CaseCommands.Decide(yesNo("upheld", upheld), blankToNull(note)));
    }

    @PostMapping("/invoice-resent")
    ModelAndView invoiceResent(@PathVariable UUID id, @RequestParam String version, @AuthenticationPrincipal Caller caller,
            Locale locale) {
        return take(id, version, CaseAction.RESEND_INVOICE, caller, locale, () -> new CaseCommands.ResendInvoice());
    }

    /** The cause select offers the causes and "no fault found" (value NONE). */
    @PostMapping("/diagnosis")
    ModelAndView diagnose(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String cause,
            @RequestParam(required = false) String notes, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.DIAGNOSE, caller, locale, () -> {
            boolean noFault = "NONE".equals(cause);
            FaultCause faultCause = noFault ? null : enumOf(FaultCause.class, "cause", cause);
            return new CaseCommands.Diagnose(faultCause, noFault, List.of(), blankToNull(notes));
        });
    }

    @PostMapping("/quote")
    ModelAndView quote(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String amount,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.QUOTE, caller, locale, () -> new CaseCommands.Quote(amount(amount)));
    }

    @PostMapping("/quote/answer")
    ModelAndView answerQuote(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String accepted,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.ANSWER_QUOTE, caller, locale,
                () -> new CaseCommands.AnswerQuote(yesNo("accepted", accepted)));
    }

    @PostMapping("/repair/start")
    ModelAndView startRepair(@PathVariable UUID id, @RequestParam String version, @AuthenticationPrincipal Caller caller,
            Locale locale) {
        return take(id, version, CaseAction.START_REPAIR, caller, locale, () -> new CaseCommands.StartRepair());
    }

    @PostMapping("/repair/finish")
    ModelAndView finishRepair(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(required = false) String workDone, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.FINISH_REPAIR, caller, locale, () -> new CaseCommands.FinishRepair(enumOf(RepairOutcome.class, "outcome", outcome), blankToNull(workDone)));
    }

    @PostMapping("/loaner")
    ModelAndView lendLoaner(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String serialNumber,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.LEND_LOANER, caller, locale,
                () -> new CaseCommands.LendLoaner(required("serialNumber", serialNumber)));
    }

    @PostMapping("/loaner/return")
    ModelAndView returnLoaner(@PathVariable UUID id, @RequestParam String version, @AuthenticationPrincipal Caller caller,
            Locale locale) {
        return take(id, version, CaseAction.RETURN_LOANER, caller, locale, () -> new CaseCommands.ReturnLoaner());
    }

    @PostMapping("/unusable-confirmation")
    ModelAndView confirmUnusable(@PathVariable UUID id, @RequestParam String version, @RequestParam(required = false) String confirmed,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.CONFIRM_UNUSABLE, caller, locale,
                () -> new CaseCommands.ConfirmUnusable(yesNo("confirmed", confirmed)));
    }

    @PostMapping("/remedy")
    ModelAndView chooseRemedy(@PathVariable UUID id, @RequestParam String version, @RequestParam(defaultValue = "") String choice,
            @RequestParam(required = false) String discountRate, @AuthenticationPrincipal Caller caller, Locale locale) {
        return take(id, version, CaseAction.CHOOSE_REMEDY, caller, locale, () -> new CaseCommands.ChooseRemedy(enumOf(RemedyChoice.class, "choice", choice), rate(discountRate)));
    }

    /**
     * Takes a step at the version the person saw. A refusal by the case's rules (its state, a bad
     * field, someone faster) is shown on the case page with its reason, answered 409, 400 or 412.
     */
    private ModelAndView take(UUID id, String version, CaseAction action, Caller caller, Locale locale,
            Supplier<CaseCommands.Step> step) {
        CaseFile before = load(id);
        if (!RoleQueues.mayTake(caller, action)) {
            throw new AccessDeniedException(action + " needs one of the roles " + action.roles());
        }
        try {
            cases.take(before.id(), version, step.get(), caller);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            return page(load(id), caller, locale, problem(e), HttpStatus.CONFLICT);
        } catch (InvalidInputException e) {
            return page(load(id), caller, locale, e.getMessage(), HttpStatus.BAD_REQUEST);
        } catch (ErrorResponseException e) {
            return page(load(id), caller, locale, e.getBody().getDetail(), HttpStatus.valueOf(e.getStatusCode().value()));
        }
        return new ModelAndView("redirect:/office/cases/" + id);
    }

    /** A form refused before it reaches the case's rules (a missing file): the role is still checked first. */
    private ModelAndView refused(UUID id, CaseAction action, Caller caller, Locale locale, InvalidInputException e) {
        load(id);
        if (!RoleQueues.mayTake(caller, action)) {
            throw new AccessDeniedException(action + " needs one of the roles " + action.roles());
        }
        return page(load(id), caller, locale, e.getMessage(), HttpStatus.BAD_REQUEST);
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
        model.addObject("freeLoaners", view.allowedActions().contains(CaseAction.LEND_LOANER)
                ? loaners.all().stream().filter(l -> l.lentOnCase() == null).toList() : List.of());
        model.addObject("faultCauses", FaultCause.values());
        model.addObject("attachmentKinds", CaseAttachments.Kind.values());
        model.addObject("documents", CaseDocuments.available(view));
        // Which steps the customer was e-mailed about, and whether the mail went (the notifications' key per event).
        Map<String, MailOutbox.MailState> mails = outbox.statesOf(view.timeline().stream().map(e -> "case-event:" + e.id()).toList());
        model.addObject("mails", mails);
        model.setStatus(status);
        return model;
    }

    private CaseFile load(UUID id) {
        return cases.find(new CaseId(id)).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.strip();
    }

    private static boolean yesNo(String field, String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new InvalidInputException(field, "choose yes or no");
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, required(field, value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(required(field, value));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date (YYYY-MM-DD)");
        }
    }

    private static Money amount(String value) {
        String amount = required("amount", value).replace(',', '.');
        if (!Money.AMOUNT_FORMAT.matcher(amount).matches()) {
            throw new InvalidInputException("amount", "is not an amount in lira, like 1250.00");
        }
        return Money.of(amount, "TRY");
    }

    private static BigDecimal rate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("discountRate", "is not a number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

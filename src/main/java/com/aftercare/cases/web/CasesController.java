package com.aftercare.cases.web;

import com.aftercare.cases.AttachmentDownloads;
import com.aftercare.cases.CaseViews;
import com.aftercare.cases.Cases;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseQueue;
import com.aftercare.evidence.Upload;
import com.aftercare.cases.CaseViews.CaseView;
import com.aftercare.cases.CaseViews.QueueView;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cases and the steps of their life (API.md, "Cases"). Every answer is the whole case as it stands
 * after the step, with its decision, deadlines, timeline and the steps its state allows now; its
 * {@code ETag} is the case's version, and a step sent with {@code If-Match} is refused (412) when
 * the case changed since.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "After-sales cases and the steps of their life, each decision citing its clauses")
class CasesController {

    private static final String STAFF = "hasAnyRole('AGENT', 'TECHNICIAN', 'FINANCE')";

    private final Cases cases;
    private final CaseAttachments attachments;
    private final CaseQueue queue;
    private final CaseViews views;

    CasesController(Cases cases, CaseAttachments attachments, CaseQueue queue, CaseViews views) {
        this.cases = cases;
        this.attachments = attachments;
        this.queue = queue;
        this.views = views;
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Open a case", description = "Judged at once by the policy version in force on the delivery day; "
            + "the decision cites every clause applied, PENDING with the clauses still to check.")
    ResponseEntity<CaseView> open(@Valid @RequestBody CaseRequests.OpenCase request, @AuthenticationPrincipal Caller caller,
            Locale locale) {
        CaseFile file = cases.open(request.toCommand(), caller);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + file.id())).eTag(etag(file)).body(views.of(file, locale));
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "A case with its decision, deadlines, timeline and the steps allowed now")
    ResponseEntity<CaseView> read(@PathVariable UUID id, Locale locale) {
        CaseFile file = load(new CaseId(id));
        return ResponseEntity.ok().eTag(etag(file)).body(views.of(file, locale));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "Work queue: soonest deadline first", description = "Open cases only unless a status is given; "
            + "overdue=true keeps the cases with a clock already past due. Follow 'next' for the next page.")
    QueueView list(@RequestParam(required = false) CaseType type, @RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @Parameter(description = "The 'next' of the previous page") @RequestParam(required = false) String cursor) {
        return views.of(queue.list(new CaseQueue.Filter(type, status, overdue, limit, cursor)));
    }

    @PostMapping("/{id}/shipments")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Arrange the goods' way back to the store", description = "A pickup by a contracted carrier with a pickup code, "
            + "or the customer's own carrier; who pays is decided and shown (GEN-5, RET-5).")
    ResponseEntity<CaseView> arrangeShipment(@PathVariable UUID id, @Valid @RequestBody CaseRequests.ArrangeShipment request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.ArrangeShipment(
                request.carrier(), request.storeArranged(), request.pickupCode(), request.trackingNumber()));
    }

    @PostMapping("/{id}/shipments/{shipmentId}/pickup")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record that the carrier collected the goods", description = "After this the customer can no longer cancel.")
    ResponseEntity<CaseView> recordPickup(@PathVariable UUID id, @PathVariable UUID shipmentId,
            @Valid @RequestBody(required = false) CaseRequests.RecordPickup request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.RecordPickup(shipmentId,
                request == null || request.at() == null ? null : request.at().toInstant()));
    }

    @PostMapping("/{id}/receipt")
    @PreAuthorize("hasAnyRole('AGENT', 'TECHNICIAN')")
    @Operation(summary = "Record the goods' receipt at the store", description = "Packaging (GEN-1, GEN-2), the signed return form (GEN-4), "
            + "the invoice or company return invoice (DLV-2). Starts the refund clock (RET-6).")
    ResponseEntity<CaseView> recordReceipt(@PathVariable UUID id, @Valid @RequestBody CaseRequests.RecordReceipt request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.RecordReceipt(
                request.receivedAt() == null ? null : request.receivedAt().toInstant(), request.packaging(),
                request.signedReturnForm(), request.originalInvoice(), Boolean.TRUE.equals(request.companyReturnInvoice()),
                request.notes()));
    }

    @PostMapping("/{id}/receipt/documents")
    @PreAuthorize("hasAnyRole('AGENT', 'TECHNICIAN')")
    @Operation(summary = "Record papers that arrived after the goods (GEN-4, DLV-2)")
    ResponseEntity<CaseView> updateDocuments(@PathVariable UUID id, @Valid @RequestBody CaseRequests.UpdateDocuments request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.UpdateDocuments(
                request.signedReturnForm(), request.originalInvoice(), Boolean.TRUE.equals(request.companyReturnInvoice())));
    }

    @PostMapping("/{id}/inspections")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @Operation(summary = "Record the technical service's inspection of one item", description = "Used, data transferred, paired "
            + "(RET-3, RET-4), hygiene seal (GEN-3); with no fault found and photo or video evidence, later shipments of the unit "
            + "are the customer's to pay (RET-5).")
    ResponseEntity<CaseView> inspect(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Inspect request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.Inspect(request.lineId(),
                request.used(), request.dataTransferred(), request.paired(), request.hygieneSealOpened(),
                Boolean.TRUE.equals(request.noFaultFound()), request.evidence(), request.notes()));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('AGENT', 'TECHNICIAN')")
    @Operation(summary = "Attach a photo, video or document", description = """
            kind: PHOTO, VIDEO, DAMAGE_REPORT, SERVICE_REPORT or DOCUMENT. The file's type is read from its content, not its
            name or declared type: a PHOTO is JPEG, PNG, WebP or HEIC; a VIDEO is MP4; the reports and documents are PDF, JPEG
            or PNG. A photo's location (EXIF/XMP) is removed before it is kept. Sizes per kind come from configuration
            (aftercare.attachments.max-bytes.photo/video/document; 10 MB, 25 MB, 10 MB by default). Refused, nothing stored:
            400 for an empty file, a missing part, a wrong kind or a content the kind does not take; 413 for a file too large.""")
    @ApiResponse(responseCode = "201", description = "Attached: the case with its attachments")
    @ApiResponse(responseCode = "400", description = "Empty, missing or not what the kind takes",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Larger than the kind (or the service) takes",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<CaseView> attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
            @RequestParam("kind") String kind, @RequestParam(name = "description", required = false) String description,
            @AuthenticationPrincipal Caller caller, Locale locale) {
        var command = new CaseCommands.Attach(kind, file.getOriginalFilename(), file.getContentType(), Upload.of(file), description);
        return created(id, null, caller, locale, command);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Download an attachment", description = "The bytes as kept (a photo without its location), typed as "
            + "sniffed at upload, as an attachment download with X-Content-Type-Options: nosniff and Cache-Control: private, no-store.")
    @ApiResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "image/jpeg"),
            @Content(mediaType = "image/png"), @Content(mediaType = "image/webp"), @Content(mediaType = "image/heic"),
            @Content(mediaType = "video/mp4"), @Content(mediaType = "application/pdf")})
    ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return AttachmentDownloads.of(attachments, load(new CaseId(id)), attachmentId);
    }

    @PostMapping("/{id}/refund")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Issue the refund by the original payment method", description = "To the same card with the expected "
            + "bank window, against the installment plan, or to the customer's IBAN (PAY-3); settles the refund clock (RET-6).")
    ResponseEntity<CaseView> refund(@PathVariable UUID id, @Valid @RequestBody(required = false) CaseRequests.IssueRefund request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.IssueRefund(request == null ? null : request.iban()));
    }

    @PostMapping("/{id}/replacement")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Ship the replacement, at the store's cost")
    ResponseEntity<CaseView> replacement(@PathVariable UUID id, @Valid @RequestBody CaseRequests.ShipReplacement request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.ShipReplacement(
                request.carrier(), request.trackingNumber(), request.serialNumbers()));
    }

    @PostMapping("/{id}/send-back")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Send refused goods back to the customer", description = "Who pays follows RET-5.")
    ResponseEntity<CaseView> sendBack(@PathVariable UUID id, @Valid @RequestBody CaseRequests.SendBack request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.SendBack(request.carrier(), request.trackingNumber()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Cancel on the customer's behalf", description = "Only before the carrier has collected the goods.")
    ResponseEntity<CaseView> cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CaseRequests.Cancel request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.Cancel(request == null ? null : request.reason()));
    }

    @PostMapping("/{id}/damage-report")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record the carrier's damage report (DLV-3)", description = "Goods refused at the door: the report "
            + "starts the replacement clock (DLV-2: the working days the policy in force names, Saturdays counting) from the day "
            + "it was written; GET /api/v1/policy gives the number.")
    ResponseEntity<CaseView> damageReport(@PathVariable UUID id, @Valid @RequestBody CaseRequests.DamageReport request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.RecordDamageReport(request.number(), request.date()));
    }

    @PostMapping("/{id}/photo-requests")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Ask the customer for photos of the damage or defect, or remind them (DLV-4)")
    ResponseEntity<CaseView> requestPhotos(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.RequestPhotos());
    }

    @PostMapping("/{id}/examination")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @Operation(summary = "Record the examination: did the customer cause it? (DLV-4)", description = "Not caused by the customer: "
            + "a one-to-one replacement, the unit coming back with the signed return fields of the invoice (GEN-4).")
    ResponseEntity<CaseView> examine(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Examination request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.Examine(request.customerCaused(), request.notes()));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Decide after an investigation (DLV-5 missing item, DLV-6 wrong item)")
    ResponseEntity<CaseView> decide(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Decision request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.Decide(request.upheld(), request.note()));
    }

    @PostMapping("/{id}/invoice-resent")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record that the invoice missing from the delivery was sent again (DLV-1)")
    ResponseEntity<CaseView> invoiceResent(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.ResendInvoice());
    }

    @PostMapping("/{id}/diagnosis")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @Operation(summary = "Record the technical service's diagnosis of a warranty fault", description = "A covered cause is "
            + "repaired free of any charge (WAR-7); an exclusion (EXC-1..EXC-8, WAR-9) may get a paid-repair quote; nothing "
            + "wrong found, shown with photos or video, makes later shipments of the unit the customer's (RET-5).")
    ResponseEntity<CaseView> diagnose(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Diagnosis request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.Diagnose(request.cause(), Boolean.TRUE.equals(request.noFaultFound()), request.evidence() == null ? java.util.List.of() : request.evidence(), request.notes()));
    }

    @PostMapping("/{id}/quote")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Quote a paid repair for an excluded fault")
    ResponseEntity<CaseView> quote(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Quote request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.Quote(request.amount()));
    }

    @PostMapping("/{id}/quote/answer")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record the customer's answer to the quote")
    ResponseEntity<CaseView> answerQuote(@PathVariable UUID id, @Valid @RequestBody CaseRequests.QuoteAnswer request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.AnswerQuote(request.accepted()));
    }

    @PostMapping("/{id}/repair/start")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @Operation(summary = "Start the repair (its days are added to the warranty: WAR-3)")
    ResponseEntity<CaseView> startRepair(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.StartRepair());
    }

    @PostMapping("/{id}/repair/finish")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @Operation(summary = "Finish the repair: fixed, or not repairable (WAR-8 g)", description = "Settles the repair clock (WAR-4) "
            + "and the loaner clock (WAR-5).")
    ResponseEntity<CaseView> finishRepair(@PathVariable UUID id, @Valid @RequestBody CaseRequests.RepairFinish request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.FinishRepair(request.outcome(), request.workDone()));
    }

    @PostMapping("/{id}/loaner")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Lend a unit from the loaner pool while the repair runs (WAR-5)")
    ResponseEntity<CaseView> lendLoaner(@PathVariable UUID id, @Valid @RequestBody CaseRequests.Loaner request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return created(id, ifMatch, caller, locale, new CaseCommands.LendLoaner(request.serialNumber()));
    }

    @PostMapping("/{id}/loaner/return")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record the loaner's return")
    ResponseEntity<CaseView> returnLoaner(@PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.ReturnLoaner());
    }

    @PostMapping("/{id}/unusable-confirmation")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Confirm whether the faults make the unit continuously unusable (WAR-8 a-e)")
    ResponseEntity<CaseView> confirmUnusable(@PathVariable UUID id, @Valid @RequestBody CaseRequests.UnusableConfirmation request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.ConfirmUnusable(request.confirmed()));
    }

    @PostMapping("/{id}/remedy")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record the customer's choice when WAR-8 entitles them", description = "REPLACEMENT (then ship it), "
            + "REFUND (by PAY-3) or DISCOUNT with the agreed rate (refunded by PAY-3).")
    ResponseEntity<CaseView> chooseRemedy(@PathVariable UUID id, @Valid @RequestBody CaseRequests.RemedyChoice request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal Caller caller, Locale locale) {
        return step(id, ifMatch, caller, locale, new CaseCommands.ChooseRemedy(request.choice(), request.discountRate()));
    }

    private ResponseEntity<CaseView> step(UUID id, String ifMatch, Caller caller, Locale locale, CaseCommands.Step step) {
        CaseFile after = run(id, ifMatch, step, caller);
        return ResponseEntity.ok().eTag(etag(after)).body(views.of(after, locale));
    }

    /** A step that records something new on the case (a shipment, a receipt, an inspection...): 201. */
    private ResponseEntity<CaseView> created(UUID id, String ifMatch, Caller caller, Locale locale, CaseCommands.Step step) {
        CaseFile after = run(id, ifMatch, step, caller);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/cases/" + id)).eTag(etag(after))
                .body(views.of(after, locale));
    }

    private CaseFile run(UUID id, String ifMatch, CaseCommands.Step step, Caller caller) {
        return cases.take(new CaseId(id), ifMatch, step, caller);
    }

    private CaseFile load(CaseId id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
    }

    private static String etag(CaseFile file) {
        return "\"" + file.version() + "\"";
    }
}

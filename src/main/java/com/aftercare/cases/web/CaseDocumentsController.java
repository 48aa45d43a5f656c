package com.aftercare.cases.web;

import com.aftercare.cases.CaseDocuments;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.Cases;
import com.aftercare.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents as PDFs (API.md, "Cases"), for the same roles that may read the case, in the
 * language of the request's Accept-Language.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "After-sales cases and the steps of their life, each decision citing its clauses")
class CaseDocumentsController {

    private final Cases cases;
    private final CaseDocuments documents;

    CaseDocumentsController(Cases cases, CaseDocuments documents) {
        this.cases = cases;
        this.documents = documents;
    }

    @GetMapping("/{id}/documents/{document}")
    @PreAuthorize("hasAnyRole('AGENT', 'TECHNICIAN', 'FINANCE')")
    @Operation(summary = "Download a document of the case as a PDF", description = "return-form: the return fields of the "
            + "original invoice pre-filled for the customer to sign (GEN-4; DLV-4 for a defect found after delivery), for a "
            + "RETURN or DEFECT_AFTER_DELIVERY case not rejected or cancelled. service-report: the technical service's "
            + "report of a WARRANTY repair once it finished, FIXED or NOT_REPAIRABLE (the latter entitles the customer, "
            + "WAR-8 g). summary: the case's head, order and invoice, items, decision with each clause's text, deadlines "
            + "and timeline. A document the case does not have (yet) is a 404 whose detail says why. Texts follow "
            + "Accept-Language (en, tr). Sent as an attachment named <case reference>-<document>.pdf, never cached.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The PDF",
                            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "404", description = "No such case, no such document, or the case has no "
                            + "such document now", content = @Content(mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))})
    ResponseEntity<byte[]> download(@PathVariable UUID id,
            @Parameter(description = "Which document", schema = @Schema(allowableValues = {"return-form", "service-report", "summary"}))
            @PathVariable String document, Locale locale) {
        var file = cases.find(new CaseId(id)).orElseThrow(() -> new NotFoundException("There is no case " + id + "."));
        return documents.download(file, document, CaseDocuments.Reader.STAFF, locale);
    }
}

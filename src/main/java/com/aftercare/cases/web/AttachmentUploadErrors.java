package com.aftercare.cases.web;

import com.aftercare.cases.CaseAttachments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above the container's multipart limit never reaches a kind's check: it is answered
 * here as the same 413 problem, with the limits per kind, not Spring's bare "Maximum upload size
 * exceeded". (Multipart requests are resolved lazily, so this happens inside the controller's call.)
 */
@RestControllerAdvice(assignableTypes = {CasesController.class, ApiUploadTooLarge.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentUploadErrors {

    /** A provider: web slice tests load every advice without the cases' services. */
    private final ObjectProvider<CaseAttachments> attachments;

    AttachmentUploadErrors(ObjectProvider<CaseAttachments> attachments) {
        this.attachments = attachments;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = attachments.getObject().uploadTooLarge().getBody();
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}

package com.aftercare.backoffice;

import com.aftercare.cases.CaseAttachments;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the back office pages as pages, never as the API's problem JSON and never with a stack
 * trace: a 404 page for a case that does not exist, a 403 page for a step the role may not take,
 * and a plain apology for a bug (logged with its cause). Ordered before the API's handler, which
 * would otherwise answer these requests too.
 */
@ControllerAdvice(basePackageClasses = OfficeErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfficeErrors {

    private static final Logger log = LoggerFactory.getLogger(OfficeErrors.class);

    /** A provider: page slice tests load this advice without the cases' services. */
    private final ObjectProvider<CaseAttachments> attachments;

    OfficeErrors(ObjectProvider<CaseAttachments> attachments) {
        this.attachments = attachments;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return error("error/404", HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return error("error/403", HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler({InvalidInputException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e) {
        String detail = e instanceof InvalidInputException invalid ? invalid.getMessage() : null;
        return error("error/400", HttpStatus.BAD_REQUEST, detail);
    }

    /** An upload above the multipart limit: the limits per kind, on a page (the office's form cannot know the file's size). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        CaseAttachments limits = attachments.getIfAvailable();
        return error("error/413", HttpStatus.CONTENT_TOO_LARGE, limits == null ? null : limits.uploadTooLarge().detail());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("Unexpected failure rendering a back office page", e);
        return error("error/500", HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView error(String view, HttpStatus status, String detail) {
        var model = new ModelAndView(view);
        model.setStatus(status);
        model.addObject("detail", detail);
        return model;
    }
}

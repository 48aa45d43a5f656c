package com.aftercare.portal;

import com.aftercare.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the portal as the portal's own pages, never the API's problem JSON: a 404 for
 * anything that is not the customer's (the same page whether it exists or not).
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(Exception e) {
        return error(HttpStatus.NOT_FOUND, "portal.error.404");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ModelAndView badRequest(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "portal.error.400");
    }

    /** A photo or video above the multipart limit: said so, with the way back, not a broken page. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "portal.error.413");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("Unexpected failure rendering a portal page", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "portal.error.500");
    }

    private static ModelAndView error(HttpStatus status, String message) {
        var model = new ModelAndView("portal/error");
        model.setStatus(status);
        model.addObject("message", message);
        return model;
    }
}

package com.aftercare.portal;

import com.aftercare.policy.PolicyBook;
import com.aftercare.orders.OrderNumber;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Channel;
import com.aftercare.cases.AttachmentLimits;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseQueue;
import com.aftercare.cases.Cases;
import com.aftercare.cases.FileTooLargeException;
import com.aftercare.evidence.Upload;
import com.aftercare.cases.AttachmentDownloads;
import com.aftercare.cases.CaseDocuments;
import com.aftercare.cases.CaseViews;
import com.aftercare.cases.CaseViews.CaseView;
import com.aftercare.identity.Caller;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.Orders;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The signed-in customer's pages: their one order with its items and cases, the form that opens a
 * case from what happened, and each case's page. The session names one order; any other order or
 * case is a 404, never its data.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    /** A deadline with the whole days left until its day in Istanbul (negative: late). */
    record Clock(CaseViews.DeadlineView deadline, long daysLeft) {
        public long daysLate() {
            return Math.max(0, -daysLeft);
        }
    }

    private final Orders orders;
    private final CaseQueue queue;
    private final Cases cases;
    private final CaseViews views;
    private final CaseAttachments attachments;
    private final java.time.Clock clock;
    private final PolicyBook policies;
    private final CaseDocuments documents;

    PortalController(Orders orders, CaseQueue queue, Cases cases, CaseViews views,
            CaseAttachments attachments, java.time.Clock clock, PolicyBook policies, CaseDocuments documents) {
        this.orders = orders;
        this.queue = queue;
        this.cases = cases;
        this.views = views;
        this.attachments = attachments;
        this.clock = clock;
        this.policies = policies;
        this.documents = documents;
    }

    /** The order the session is for, named in every page's header. */
    @ModelAttribute("customerOrder")
    String customerOrder(Authentication customer) {
        return customer == null ? null : customer.getName();
    }

    @GetMapping("/orders/{number}")
    ModelAndView order(@PathVariable String number, Authentication customer) {
        return orderPage(ownOrder(number, customer), null, List.of(), null, HttpStatus.OK);
    }

    @PostMapping("/orders/{number}/cases")
    ModelAndView openCase(@PathVariable String number, @RequestParam(required = false) WhatHappened what,
            @RequestParam(defaultValue = "") List<String> lines, @RequestParam(required = false) String faultDescription,
            @RequestParam(required = false) String description, Authentication customer) {
        Order order = ownOrder(number, customer);
        if (what == null) {
            return orderPage(order, null, lines, "portal.open.chooseWhat", HttpStatus.BAD_REQUEST);
        }
        if (lines.isEmpty()) {
            return orderPage(order, what, lines, "portal.open.chooseItems", HttpStatus.BAD_REQUEST);
        }
        if (what == WhatHappened.STOPPED_WORKING && blank(faultDescription)) {
            return orderPage(order, what, lines, "portal.open.describeFault", HttpStatus.BAD_REQUEST);
        }
        var command = new CaseCommands.Open(what.type(), order.number().value(),
                lines.stream().map(line -> new CaseCommands.RequestedItem(line, null, null)).toList(), Channel.WEB, null,
                blankToNull(description), null, what.type() == CaseType.WARRANTY ? WhatHappened.CUSTOMER_FAULT : null,
                what.type() == CaseType.WARRANTY ? faultDescription.strip() : null, null);
        try {
            CaseId id = cases.open(command, caller(order.number().value())).id();
            return new ModelAndView("redirect:/portal/cases/" + id.value());
        } catch (InvalidInputException e) {
            var model = orderPage(order, what, lines, "portal.open.refused", HttpStatus.BAD_REQUEST);
            model.addObject("details", e.problems().stream().map(FieldProblem::message).toList());
            return model;
        }
    }

    @GetMapping("/cases/{id}")
    ModelAndView casePage(@PathVariable UUID id, Authentication customer, Locale locale) {
        return casePage(ownCase(id, customer), locale, null, HttpStatus.OK);
    }

    /**
     * GEN-4, DLV-4: the return fields of the original invoice, pre-filled, for the customer to print,
     * sign and send with the goods; the same form comes as a PDF from {@link #document}.
     */
    @GetMapping("/cases/{id}/return-form")
    ModelAndView returnForm(@PathVariable UUID id, Authentication customer, Locale locale) {
        CaseFile file = ownCase(id, customer);
        if (!ReturnForm.applies(file)) {
            throw new NotFoundException("Case " + file.reference() + " needs no return form.");
        }
        Order order = orders.find(new OrderNumber(file.orderNumber())).orElseThrow();
        return ReturnForm.page(views.of(file, locale), order,
                policies.inForceOn(LocalDate.now(clock.withZone(TurkishCalendar.ZONE))).store(), "/portal/cases/" + id);
    }

    /**
     * The case's documents as PDFs (return form, service report, summary) in the page's language;
     * another customer's case, or a document the case does not have, is the same 404.
     */
    @GetMapping("/cases/{id}/documents/{document}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String document, Authentication customer, Locale locale) {
        return documents.download(ownCase(id, customer), document, CaseDocuments.Reader.CUSTOMER, locale);
    }

    @PostMapping("/cases/{id}/photos")
    ModelAndView uploadPhoto(@PathVariable UUID id, @RequestParam("photo") MultipartFile photo, Authentication customer,
            Locale locale) {
        CaseFile file = ownCase(id, customer);
        if (!mayUploadPhotos(file)) {
            return casePage(file, locale, "portal.photos.notNow", HttpStatus.CONFLICT);
        }
        try {
            // A video shows a defect a photo cannot; the content decides what the file really is either way.
            boolean video = photo.getContentType() != null && photo.getContentType().startsWith("video/");
            String kind = (video ? CaseAttachments.Kind.VIDEO : CaseAttachments.Kind.PHOTO).name();
            cases.take(file.id(), null, new CaseCommands.Attach(kind, photo.getOriginalFilename(), photo.getContentType(),
                    Upload.of(photo), null), caller(file.orderNumber()));
        } catch (InvalidInputException e) {
            return casePage(file, locale, "portal.photos.refused", HttpStatus.BAD_REQUEST);
        } catch (FileTooLargeException e) {
            return casePage(file, locale, "portal.photos.tooLarge", HttpStatus.CONTENT_TOO_LARGE);
        }
        return new ModelAndView("redirect:/portal/cases/" + id + "?photo=added");
    }

    /** A file of the customer's own case (another customer's is a 404, as if it did not exist). */
    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId, Authentication customer) {
        return AttachmentDownloads.of(attachments, ownCase(id, customer), attachmentId);
    }

    private ModelAndView orderPage(Order order, WhatHappened what, List<String> lines, String problem, HttpStatus status) {
        var model = new ModelAndView("portal/order");
        model.addObject("order", order);
        model.addObject("cases", queue.ofOrder(order.number().value()));
        model.addObject("choices", WhatHappened.values());
        model.addObject("what", what);
        model.addObject("chosenLines", lines);
        model.addObject("problem", problem);
        model.addObject("details", List.of());
        model.setStatus(status);
        return model;
    }

    private ModelAndView casePage(CaseFile file, Locale locale, String problem, HttpStatus status) {
        CaseView view = views.of(file, locale);
        LocalDate today = LocalDate.now(clock.withZone(TurkishCalendar.ZONE));
        var model = new ModelAndView("portal/case");
        model.addObject("c", view);
        model.addObject("clocks", view.deadlines().stream()
                .map(d -> new Clock(d, ChronoUnit.DAYS.between(today, d.due().atZoneSameInstant(TurkishCalendar.ZONE).toLocalDate())))
                .toList());
        model.addObject("photosWanted", mayUploadPhotos(file));
        model.addObject("returnForm", ReturnForm.applies(file));
        model.addObject("documents", CaseDocuments.available(view));
        model.addObject("problem", problem);
        model.addObject("photoLimit", AttachmentLimits.size(attachments.limits().of(CaseAttachments.Kind.PHOTO)));
        model.addObject("videoLimit", AttachmentLimits.size(attachments.limits().of(CaseAttachments.Kind.VIDEO)));
        model.setStatus(status);
        return model;
    }

    /** Photos are asked for (DLV-4), or a delivery problem or repair is still open and photos help it. */
    private boolean mayUploadPhotos(CaseFile file) {
        boolean asked = file.status() == CaseStatus.AWAITING_PHOTOS
                || file.deadline("PHOTOS").filter(deadline -> deadline.met() == null).isPresent();
        return asked && cases.allowedActions(file).contains(CaseAction.ATTACH);
    }

    private Order ownOrder(String number, Authentication customer) {
        if (!number.equals(customer.getName()) || !OrderNumber.isWellFormed(number)) {
            throw new NotFoundException("There is no order " + number + " of this customer.");
        }
        return orders.find(new OrderNumber(number)).orElseThrow(() -> new NotFoundException("There is no order " + number + "."));
    }

    private CaseFile ownCase(UUID id, Authentication customer) {
        return cases.find(new CaseId(id)).filter(file -> file.orderNumber().equals(customer.getName()))
                .orElseThrow(() -> new NotFoundException("There is no case " + id + " of this customer."));
    }

    /** The customer on the case's timeline: no staff roles, named by the order. */
    static Caller caller(String orderNumber) {
        return new Caller(null, "customer:" + orderNumber, Set.of());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}

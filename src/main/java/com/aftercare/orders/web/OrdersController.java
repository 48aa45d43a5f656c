package com.aftercare.orders.web;

import com.aftercare.orders.FieldError;
import com.aftercare.orders.Order;
import com.aftercare.orders.OrderNumber;
import com.aftercare.orders.RecordOutcome;
import com.aftercare.orders.internal.OrderService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import com.aftercare.platform.web.ConflictException;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import com.aftercare.platform.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Orders as the shop's system reports them (API.md, "Orders"). */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Orders as the store's shop system knows them: lines, units (serial numbers), invoice, payment, delivery")
@SecurityRequirement(name = "bearer")
class OrdersController {

    private final OrderService orders;
    private final ZoneId storeZone;

    OrdersController(OrderService orders, @Value("${aftercare.zone:Europe/Istanbul}") ZoneId storeZone) {
        this.orders = orders;
        this.storeZone = storeZone;
    }

    @PutMapping(path = "/{orderNumber}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('INTEGRATION')")
    @Operation(summary = "Create or replace an order",
            description = "Idempotent: the same body again changes nothing (200, same version). Every invalid field is named in one 400 answer.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = OrderView.class))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = OrderView.class))),
                    @ApiResponse(responseCode = "200", description = "replaced, or unchanged", content = @Content(schema = @Schema(implementation = OrderView.class))),
                    @ApiResponse(responseCode = "400", description = "malformed JSON, or fields refused: `errors` names each with its JSON path",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "409", description = "the same order was being written at the same moment; send it again",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))})
    ResponseEntity<OrderView> put(@Parameter(example = "WS-2026-000123") @PathVariable String orderNumber, @RequestBody JsonNode body) {
        if (!OrderNumber.isWellFormed(orderNumber)) {
            throw new InvalidInputException(List.of(new FieldProblem("orderNumber", "'" + orderNumber + "' is not 1 to 40 letters, digits, '-' or '_'")));
        }
        JsonNode document = withPathOrderNumber(body, orderNumber);
        OrderDocumentReader.Result read = OrderDocumentReader.read(document);
        if (!read.isValid()) {
            throw invalid(read.errors());
        }
        RecordOutcome outcome = record(read.order());
        if (outcome instanceof RecordOutcome.Rejected rejected) {
            throw invalid(rejected.errors());
        }
        OrderView view = OrderView.of(orders.findStored(read.order().number()).orElseThrow(), storeZone);
        return ResponseEntity.status(outcome instanceof RecordOutcome.Created ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }

    @GetMapping("/{orderNumber}")
    @PreAuthorize("hasAnyRole('INTEGRATION', 'AGENT', 'TECHNICIAN', 'FINANCE', 'ADMIN')")
    @Operation(summary = "An order as stored, with when it was last changed",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderView.class))),
                    @ApiResponse(responseCode = "404", description = "no such order",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))})
    OrderView get(@PathVariable String orderNumber) {
        return Optional.of(orderNumber).filter(OrderNumber::isWellFormed)
                .flatMap(number -> orders.findStored(new OrderNumber(number)))
                .map(stored -> OrderView.of(stored, storeZone))
                .orElseThrow(() -> new NotFoundException("There is no order " + orderNumber + "."));
    }

    /** The path names the order; a body may leave the number out, but must not name another. */
    private static JsonNode withPathOrderNumber(JsonNode body, String orderNumber) {
        if (!(body instanceof ObjectNode object)) {
            return body;
        }
        JsonNode given = object.get("orderNumber");
        if (given == null || given.isNull()) {
            object.put("orderNumber", orderNumber);
        } else if (!given.isString() || !given.stringValue().equals(orderNumber)) {
            throw new InvalidInputException(List.of(new FieldProblem("orderNumber", "must equal the order number in the path (" + orderNumber + ") or be left out")));
        }
        return object;
    }

    private RecordOutcome record(Order order) {
        try {
            return orders.record(order);
        } catch (DataIntegrityViolationException raced) {
            // another request stored the same order or one of its serial numbers a moment before this one
            throw new ConflictException("The order, or one of its serial numbers, was stored by another request at the same moment; send it again.");
        }
    }

    static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException(errors.stream().map(error -> new FieldProblem(error.field(), error.message())).toList());
    }
}

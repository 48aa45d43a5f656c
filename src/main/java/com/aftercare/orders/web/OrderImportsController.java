package com.aftercare.orders.web;

import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** Many orders in one request (API.md, "Orders"): good lines are stored even when others are bad. */
@RestController
@Tag(name = "Orders")
@SecurityRequirement(name = "bearer")
class OrderImportsController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final OrderImport orderImport;
    private final ObjectMapper json;

    OrderImportsController(OrderImport orderImport, ObjectMapper json) {
        this.orderImport = orderImport;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/order-imports", consumes = {NDJSON, CSV}, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('INTEGRATION')")
    @Operation(summary = "Import many orders (NDJSON or CSV), streamed",
            description = """
                    Each order is created or replaced exactly as a PUT would (same checks, same answers per field). The file is read as it
                    arrives and stored 500 orders per transaction, so it may hold any number of orders. Line numbers count from 1 as an
                    editor does; in CSV the header is line 1. At most 1000 refused orders are listed (`errorsTruncated` says when more were).

                    **NDJSON** (`application/x-ndjson`): one order per line in the shape of the PUT body; blank lines are skipped.

                    **CSV** (`text/csv`, UTF-8, RFC 4180 quoting): one row per order LINE; the order's own fields are repeated on each of its
                    rows and taken from its first row; the rows of one order are consecutive. The header row names the columns, in any order:
                    `orderNumber,placedAt,customer.email,customer.name,customer.phone,customer.locale,invoice.number,invoice.type,invoice.taxNumber,invoice.companyName,payment.method,payment.cardProgram,payment.installments,payment.total.amount,payment.total.currency,line.lineId,line.sku,line.name,line.category,line.serialNumber,line.waterproof,line.unitPrice.amount,line.unitPrice.currency,line.quantity,delivery.carrier,delivery.deliveredAt,delivery.signedBy,delivery.remarks`.
                    Optional columns may be left out; an empty cell is an absent field; the delivery.* cells stay empty until the goods arrive.
                    A line of several units gives their serial numbers in `line.serialNumber` separated by `|`. An unknown column is a 400.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = NDJSON, schema = @Schema(implementation = OrderView.class), examples = @ExampleObject(name = "one order per line", value = """
                            {"orderNumber":"WS-1","placedAt":"2026-03-10T14:05:00+03:00","customer":{"email":"ayse@example.com","name":"Ayşe Yılmaz","phone":"0555 000 00 00","locale":"tr"},"invoice":{"number":"INV-1","type":"INDIVIDUAL"},"payment":{"method":"CARD","cardProgram":"WORLD","installments":3,"total":{"amount":"1499.90","currency":"TRY"}},"lines":[{"lineId":"1","sku":"SEI-SRPD55K1","name":"Seiko 5 Sports","category":"WATCH","serialNumber":"SRPD-0001","waterproof":true,"unitPrice":{"amount":"1499.90","currency":"TRY"},"quantity":1}]}
                            """)),
                    @Content(mediaType = CSV, schema = @Schema(type = "string"), examples = @ExampleObject(name = "an order of two lines, one undelivered order", value = """
                            orderNumber,placedAt,customer.email,customer.name,customer.phone,customer.locale,invoice.number,invoice.type,invoice.taxNumber,invoice.companyName,payment.method,payment.cardProgram,payment.installments,payment.total.amount,payment.total.currency,line.lineId,line.sku,line.name,line.category,line.serialNumber,line.waterproof,line.unitPrice.amount,line.unitPrice.currency,line.quantity,delivery.carrier,delivery.deliveredAt,delivery.signedBy,delivery.remarks
                            WS-2,2026-03-10T14:05:00+03:00,info@example.com,Zaman Saat Ltd.,0555 000 00 00,en,INV-2,CORPORATE,1234567890,Zaman Saat Ltd.,BANK_TRANSFER,,1,3199.80,TRY,1,CAS-MTP,Casio MTP-1302,WATCH,C-1|C-2,true,1499.90,TRY,2,Aras Kargo,2026-03-12T11:20:00+03:00,Mehmet Kaya,
                            WS-2,2026-03-10T14:05:00+03:00,info@example.com,Zaman Saat Ltd.,0555 000 00 00,en,INV-2,CORPORATE,1234567890,Zaman Saat Ltd.,BANK_TRANSFER,,1,3199.80,TRY,2,CHG-USB-C,USB-C charger,CHARGER,,false,200.00,TRY,1,Aras Kargo,2026-03-12T11:20:00+03:00,Mehmet Kaya,"1 item missing, noted before signing"
                            WS-3,2026-03-11T09:00:00+03:00,can@example.com,Can Demir,,tr,INV-3,INDIVIDUAL,,,CASH_ON_DELIVERY,,1,349.00,TRY,1,STR-22,Silicone strap 22 mm,STRAP,,,349.00,TRY,1,,,,
                            """))}),
            responses = {
                    @ApiResponse(responseCode = "200", description = "the file was read to its end; see the counts and the refused lines",
                            content = @Content(schema = @Schema(implementation = ImportReport.class))),
                    @ApiResponse(responseCode = "400", description = "the CSV header names an unknown column or lacks orderNumber",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class))),
                    @ApiResponse(responseCode = "415", description = "neither application/x-ndjson nor text/csv",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))})
    ImportReport importOrders(HttpServletRequest request) throws IOException {
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        BufferedReader reader = new BufferedReader(new InputStreamReader(request.getInputStream(), charset), 64 * 1024);
        try {
            return orderImport.run(MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(CSV))
                    ? new CsvOrderSource(reader) : new NdjsonOrderSource(reader, json));
        } catch (CsvOrderSource.BadHeader bad) {
            throw new InvalidInputException(bad.errors.stream().map(error -> new FieldProblem(error.field(), error.message())).toList());
        }
    }
}

package com.aftercare.payments.web;

import com.aftercare.orders.Money;
import com.aftercare.payments.InstallmentPlan;
import com.aftercare.payments.InstallmentPlans;
import com.aftercare.payments.InstallmentQuote;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md, "Payment plans". */
@RestController
@Tag(name = "Payment plans")
@SecurityRequirement(name = "bearer")
class InstallmentPlansController {

    private final InstallmentPlans plans;
    private final Clock clock;
    private final ZoneId storeZone;

    InstallmentPlansController(InstallmentPlans plans, Clock clock, @Value("${aftercare.zone:Europe/Istanbul}") ZoneId storeZone) {
        this.plans = plans;
        this.clock = clock;
        this.storeZone = storeZone;
    }

    @GetMapping(path = "/api/v1/installment-plans", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The installment plans allowed today for an amount and card program (PAY-1, PAY-2)",
            description = "Clauses are cited in the caller's language (Accept-Language: en or tr). Each plan's amounts add up to the total exactly: a total that does not divide evenly puts one extra kuruş on each of the first installments.",
            responses = {
                    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuoteView.class))),
                    @ApiResponse(responseCode = "400", description = "amount or currency missing or malformed; `errors` names them",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))})
    QuoteView plans(
            @Parameter(description = "the purchase total, a decimal with at most 2 decimals, more than 0", example = "1499.90") @RequestParam String amount,
            @Parameter(description = "ISO 4217", example = "TRY") @RequestParam(defaultValue = "TRY") String currency,
            @Parameter(description = "the card's program, e.g. WORLD; absent for a card without one", example = "WORLD") @RequestParam(required = false) String cardProgram,
            @Parameter(hidden = true) Locale language) {
        Money total = total(amount, currency);
        InstallmentQuote quote = plans.quote(total, cardProgram == null || cardProgram.isBlank() ? null : cardProgram.strip(),
                clock.instant().atZone(storeZone).toLocalDate(), language);
        return QuoteView.of(quote);
    }

    private static Money total(String amount, String currency) {
        List<FieldProblem> errors = new ArrayList<>();
        String value = amount.strip();
        if (value.startsWith("-")) {
            errors.add(new FieldProblem("amount", "must not be negative"));
        } else if (!Money.AMOUNT_FORMAT.matcher(value).matches()) {
            errors.add(new FieldProblem("amount", "'" + amount + "' is not an amount such as 1499.90 (digits, a point, at most 2 decimals)"));
        } else if (new BigDecimal(value).signum() == 0) {
            errors.add(new FieldProblem("amount", "must be more than 0"));
        }
        if (!Money.isIsoCurrency(currency.strip())) {
            errors.add(new FieldProblem("currency", "'" + currency + "' is not a 3-letter ISO 4217 currency code such as TRY"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return Money.of(value, currency.strip());
    }

    @Schema(name = "InstallmentPlans")
    record QuoteView(MoneyView total, @Schema(nullable = true) String cardProgram,
                     @Schema(description = "the policy version in force today") String policyVersion,
                     List<PlanView> plans, List<ClauseView> clauses) {
        static QuoteView of(InstallmentQuote quote) {
            return new QuoteView(MoneyView.of(quote.total()), quote.cardProgram(), quote.policyVersion(),
                    quote.plans().stream().map(PlanView::of).toList(),
                    quote.clauses().stream().map(clause -> new ClauseView(clause.id(), clause.text())).toList());
        }
    }

    @Schema(name = "InstallmentPlan")
    record PlanView(int installments,
                    @Schema(description = "the monthly installment; the first ones may be one kuruş more") MoneyView monthly,
                    @Schema(description = "the first installment") MoneyView first,
                    @Schema(description = "every installment in order; they add up to the total") List<MoneyView> amounts) {
        static PlanView of(InstallmentPlan plan) {
            return new PlanView(plan.installments(), MoneyView.of(plan.regular()), MoneyView.of(plan.first()),
                    plan.amounts().stream().map(MoneyView::of).toList());
        }
    }

    @Schema(name = "PlanMoney")
    record MoneyView(@Schema(type = "string", example = "499.97") String amount, @Schema(example = "TRY") String currency) {
        static MoneyView of(Money money) {
            return new MoneyView(money.amountText(), money.currency());
        }
    }

    @Schema(name = "PlanClause")
    record ClauseView(@Schema(example = "PAY-2") String id,
                      @Schema(description = "the clause's text in the caller's language (Accept-Language: en or tr)") String text) {
    }
}

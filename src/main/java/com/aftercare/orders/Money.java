package com.aftercare.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in a currency, to the cent (kuruş). Always two decimals, never negative, at most
 * 9,999,999,999.99 (the {@code numeric(12,2)} the database keeps). In JSON the amount is a decimal
 * string ("1499.90"), never a float (API.md, "Conventions").
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", example = "1499.90") BigDecimal amount,
                    @Schema(example = "TRY") String currency) {

    /** How an amount is written in the API: a decimal string with at most two decimals, e.g. "1499.90". */
    public static final Pattern AMOUNT_FORMAT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount is not negative and has at most two decimals, not " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (amount.precision() > 12) {
            throw new IllegalArgumentException("an amount is at most 9999999999.99, not " + amount);
        }
        if (!isIsoCurrency(currency)) {
            throw new IllegalArgumentException("a currency is a 3-letter ISO 4217 code, not " + currency);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money ofMinor(long minorUnits, String currency) {
        return new Money(BigDecimal.valueOf(minorUnits, 2), currency);
    }

    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** The amount in cents (kuruş), exactly. */
    public long minorUnits() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount as the API writes it: "1499.90". */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amountText() + " " + currency;
    }
}

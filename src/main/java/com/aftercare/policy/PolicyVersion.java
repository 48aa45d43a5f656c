package com.aftercare.policy;

import java.time.LocalDate;

/**
 * One version of the policy book, as read from its file.
 * (Placeholder shape: the policy module fills in clauses and every parameter.)
 */
public record PolicyVersion(String version, LocalDate effectiveFrom, InstallmentRules installments) {
}

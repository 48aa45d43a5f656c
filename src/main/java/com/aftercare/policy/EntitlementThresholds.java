package com.aftercare.policy;

/**
 * WAR-8 (a)–(e): the fault counts that entitle a customer to a replacement, refund or discount,
 * once an agent confirms the unit is continuously unusable. "At least" and "more than" are kept
 * as the clause words them, so a rule compares exactly as the law reads.
 *
 * @param earlyFaultsAtLeast (a) this many faults or more ...
 * @param earlyFaultsWithinMonths (a) ... within this many months of delivery
 * @param faultsWithinWarrantyAtLeast (b) this many faults or more within the warranty period
 * @param sameFaultMoreThan (c) the same fault occurring more than this many times
 * @param differentFaultsMoreThan (d) more than this many different faults
 * @param totalFaultsMoreThan (e) more than this many faults in total within the warranty period
 */
public record EntitlementThresholds(
        int earlyFaultsAtLeast,
        int earlyFaultsWithinMonths,
        int faultsWithinWarrantyAtLeast,
        int sameFaultMoreThan,
        int differentFaultsMoreThan,
        int totalFaultsMoreThan) {

    public EntitlementThresholds {
        requirePositive(earlyFaultsAtLeast, "earlyFaultsAtLeast");
        requirePositive(earlyFaultsWithinMonths, "earlyFaultsWithinMonths");
        requirePositive(faultsWithinWarrantyAtLeast, "faultsWithinWarrantyAtLeast");
        requirePositive(sameFaultMoreThan, "sameFaultMoreThan");
        requirePositive(differentFaultsMoreThan, "differentFaultsMoreThan");
        requirePositive(totalFaultsMoreThan, "totalFaultsMoreThan");
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}

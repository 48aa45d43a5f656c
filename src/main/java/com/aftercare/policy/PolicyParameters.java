package com.aftercare.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every number and list the clauses of one policy version set, typed. They live in the policy
 * file, never in code (the policy book), so a store can change them by shipping a new version.
 *
 * @param installments PAY-1 and PAY-2
 * @param bankWindow PAY-3
 * @param returnWindow RET-1
 * @param electronics RET-3: categories excluded from withdrawal once unpacked and used
 * @param refundDeadline RET-6
 * @param hygieneCategories GEN-3: categories that may be refused once their hygiene seal is open
 * @param neverReturnable GEN-3: categories never subject to withdrawal
 * @param contractedCarriers GEN-5: carriers whose return shipments the store pays
 * @param replacementDeadline DLV-3
 * @param warrantyMonths WAR-1
 * @param repairMaximum WAR-4
 * @param loanerAfter WAR-5
 * @param notificationChannels WAR-6
 * @param entitlementThresholds WAR-8 (a)–(e)
 */
public record PolicyParameters(
        InstallmentRules installments,
        BankWindow bankWindow,
        Period returnWindow,
        Set<ProductCategory> electronics,
        Period refundDeadline,
        Set<ProductCategory> hygieneCategories,
        Set<ProductCategory> neverReturnable,
        List<String> contractedCarriers,
        Period replacementDeadline,
        int warrantyMonths,
        Period repairMaximum,
        Period loanerAfter,
        Set<NotificationChannel> notificationChannels,
        EntitlementThresholds entitlementThresholds) {

    public PolicyParameters {
        Objects.requireNonNull(installments, "installments");
        Objects.requireNonNull(bankWindow, "bankWindow");
        Objects.requireNonNull(returnWindow, "returnWindow");
        Objects.requireNonNull(refundDeadline, "refundDeadline");
        Objects.requireNonNull(replacementDeadline, "replacementDeadline");
        Objects.requireNonNull(repairMaximum, "repairMaximum");
        Objects.requireNonNull(loanerAfter, "loanerAfter");
        Objects.requireNonNull(entitlementThresholds, "entitlementThresholds");
        electronics = categories(electronics);
        hygieneCategories = categories(hygieneCategories);
        neverReturnable = categories(neverReturnable);
        contractedCarriers = List.copyOf(contractedCarriers);
        notificationChannels = notificationChannels.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(notificationChannels));
        if (warrantyMonths < 1) {
            throw new IllegalArgumentException("the warranty lasts at least a month, not " + warrantyMonths);
        }
    }

    /** GEN-5: whether the store pays for a return carried by this carrier; names compare without case. */
    public boolean isContractedCarrier(String carrier) {
        if (carrier == null) {
            return false;
        }
        String wanted = carrier.strip().toLowerCase(LocalizedText.TURKISH);
        return contractedCarriers.stream().anyMatch(c -> c.toLowerCase(LocalizedText.TURKISH).equals(wanted));
    }

    private static Set<ProductCategory> categories(Collection<ProductCategory> categories) {
        return categories.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(categories));
    }
}

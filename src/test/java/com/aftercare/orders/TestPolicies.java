package com.aftercare.orders;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aftercare.policy.InstallmentRules;
import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.PolicyVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A policy book for unit tests: PAY-1 up to 12 installments, PAY-2 WORLD allows 1, 2, 3. The
 * version is a stub so that these tests need only the installment rules, whatever else a version holds.
 */
public final class TestPolicies {

    private TestPolicies() {
    }

    public static PolicyBook worldRestrictedTo123() {
        PolicyVersion version = mock(PolicyVersion.class);
        when(version.installments()).thenReturn(new InstallmentRules(12, Map.of("WORLD", new TreeSet<>(List.of(1, 2, 3)))));
        PolicyBook book = mock(PolicyBook.class);
        when(book.inForceOn(org.mockito.ArgumentMatchers.any(LocalDate.class))).thenReturn(version);
        return book;
    }
}

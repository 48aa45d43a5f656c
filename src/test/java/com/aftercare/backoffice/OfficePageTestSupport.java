package com.aftercare.backoffice;

import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseStatus;
import com.aftercare.cases.CaseType;
import com.aftercare.cases.Channel;
import com.aftercare.cases.Remedy;
import com.aftercare.cases.CaseEventKind;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.StoredVerdict;
import com.aftercare.cases.CaseViews;
import com.aftercare.identity.internal.StaffPagesSecurity;
import com.aftercare.orders.Money;
import com.aftercare.policy.Outcome;
import com.aftercare.policy.ProductCategory;
import com.aftercare.policy.internal.PolicyBookConfiguration;
import com.aftercare.policy.web.StoreContacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a back office {@code @WebMvcTest} stands on: the real security chains, the shipped policy
 * book (clause texts, the store's contacts), the real case rendering, and a clock fixed on
 * 10 March 2026, 12:00 in Istanbul.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({StaffPagesSecurity.class, PolicyBookConfiguration.class, StoreContacts.class, CaseViews.class})
class OfficePageTestSupport {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Istanbul"));
    }

    /** A RETURN case of one watch, opened a week ago, its return window running until 13 March. */
    static CaseFile returnCase(CaseStatus status) {
        var accepted = new StoredVerdict(Outcome.ACCEPTED, List.of("RET-1"), "test.accepted", List.of(),
                "Requested within the return window.", List.of());
        var item = new CaseFile.Item(1, "1", List.of("SN-TEST-1"), 1, "SEI-SRPD55K1", "Seiko 5 Sports", ProductCategory.WATCH,
                Money.of("4999.00", "TRY"), accepted);
        Instant opened = NOW.minusSeconds(7 * 86_400);
        var deadline = new CaseFile.Deadline("RETURN_WINDOW", Instant.parse("2026-03-13T20:59:59Z"), "RET-1", null, null);
        var opening = new CaseFile.Event(1, opened, "test-agent", CaseEventKind.CASE_OPENED, List.of("RET-1", "RET-2"), Map.of());
        return new CaseFile(new CaseId(UUID.randomUUID()), "R-2026-000123", CaseType.RETURN, status, "W-TEST-1", Channel.WEB,
                opened, "I changed my mind", null, null, Remedy.REFUND, "2026.1", accepted, "test-agent", opened, opened, 3,
                List.of(item), List.of(deadline), List.of(opening), List.of(), null, List.of(), List.of(), null, null, null,
                null, List.of());
    }
}

package com.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Case events: one record per timeline kind")
class CaseEventTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @ParameterizedTest(name = "{0}")
    @EnumSource(CaseEventKind.class)
    @DisplayName("each kind has its record, and comes back whole from the JSON the publication registry keeps")
    void everyKindRoundTrips(CaseEventKind kind) {
        CaseEvent event = SampleEvents.of(kind);
        assertThat(event.kind()).isEqualTo(kind);

        var recorded = new CaseEventRecorded(new CaseId(UUID.randomUUID()), 7, "R-2026-000007", CaseType.RETURN, CaseStatus.ACCEPTED,
                "WEB-1", List.of("RET-1"), Instant.parse("2026-12-04T09:00:00Z"), event, null);
        CaseEventRecorded back = JSON.readValue(JSON.writeValueAsString(recorded), CaseEventRecorded.class);

        assertThat(back).isEqualTo(recorded);
        assertThat(back.kind()).isEqualTo(kind);
        assertThat(back.details()).isEqualTo(event.details());
    }

    @Test
    @DisplayName("the timeline's facts keep their names; a fact without a value is left out, not written as null")
    void detailsAreTheContract() {
        var shipment = new CaseEvent.ShipmentFacts(UUID.fromString("00000000-0000-0000-0000-00000000000a"), "Yurtiçi Kargo",
                com.aftercare.policy.returns.Payer.CUSTOMER, null, "YK-1");
        assertThat(new CaseEvent.ReturnShipmentArranged(shipment).details()).containsExactly(
                Map.entry("shipmentId", "00000000-0000-0000-0000-00000000000a"), Map.entry("carrier", "Yurtiçi Kargo"),
                Map.entry("payer", "CUSTOMER"), Map.entry("trackingNumber", "YK-1"));
        assertThat(new CaseEvent.Cancelled(null).details()).isEmpty();
        assertThat(new CaseEvent.PhotosRequested(2).details()).containsEntry("request", 2).containsEntry("reminder", true);
        assertThat(new CaseEvent.Diagnosed(null, false, List.of(), null).details()).containsEntry("cause", "NO_FAULT_FOUND")
                .doesNotContainKey("notes");
        assertThat(new CaseEvent.QuoteAnswered(false).kind()).isEqualTo(CaseEventKind.QUOTE_DECLINED);
    }
}

package com.aftercare.policy.returns;

import com.aftercare.policy.ProductCategory;
import java.util.Objects;

/**
 * What the technical service found when it inspected a returned item (RET-3, RET-4, GEN-3).
 *
 * @param used switched on and used (worn, set up)
 * @param dataTransferred data was put on the device
 * @param paired the device was paired ("matched") with a phone
 * @param hygieneSealOpened the hygiene seal of headphones and the like was opened
 * @param notes the technician's words, kept with the case; not judged
 */
public record InspectionFindings(ProductCategory category, boolean used, boolean dataTransferred, boolean paired,
                                 boolean hygieneSealOpened, String notes) {

    public InspectionFindings {
        Objects.requireNonNull(category, "category");
        notes = notes == null ? "" : notes;
    }

    public boolean secondHand() {
        return used || dataTransferred || paired;
    }
}

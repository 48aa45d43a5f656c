package com.aftercare.cases;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the store takes goods back, printed on the return form (GEN-4). Configuration, not policy:
 * the address goods travel to today, whatever policy version judged the case.
 *
 * @param returnAddress the postal address of the store's returns desk, on one line
 */
@Validated
@ConfigurationProperties("aftercare.store")
public record StoreSettings(@NotBlank String returnAddress) {
}

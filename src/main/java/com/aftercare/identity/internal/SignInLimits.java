package com.aftercare.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins lock a user name or an address, counted within {@code window}; the
 * lock lasts {@code lock} from the last failure that caused it. An address gets more room than a
 * name because a whole shop can sit behind one address.
 */
@ConfigurationProperties("aftercare.sign-in")
record SignInLimits(@DefaultValue("5") int maxFailuresPerUsername, @DefaultValue("20") int maxFailuresPerAddress,
                    @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lock) {
}

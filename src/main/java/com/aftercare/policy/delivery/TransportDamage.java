package com.aftercare.policy.delivery;

/**
 * What is known about goods that arrived damaged (DLV-3).
 *
 * @param refusedAtDoor the customer refused the goods at the door; {@code false} if they signed for them
 * @param report the carrier's damage report; {@code null} until it is recorded
 */
public record TransportDamage(boolean refusedAtDoor, DamageReport report) {
}

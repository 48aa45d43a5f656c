/**
 * The rules of a watch's warranty and its repairs (the policy book's WAR-1..WAR-9, EXC-1..EXC-8, CARE-1, and RET-5 for the
 * unit's shipments), as plain Java: recorded facts and a {@link com.aftercare.policy.PolicyVersion} in, a
 * {@link com.aftercare.policy.Verdict} or a derived value out. No Spring, no database, no clock: every moment is an
 * argument, every number comes from the policy version, dates are counted by
 * {@link com.aftercare.calendar.TurkishCalendar}.
 *
 * <p>Nothing here is a counter: a unit's warranty end ({@link com.aftercare.policy.warranty.WarrantyPeriod}), its
 * fault count and its entitlements ({@link com.aftercare.policy.warranty.Entitlement}) are derived each time from
 * the delivery date, the repairs and the faults recorded, so they cannot drift from them.
 *
 * <p>Who pays a unit's shipments is the returns package's
 * {@link com.aftercare.policy.returns.ReturnShippingCost} (RET-5, GEN-5), reached through
 * {@link com.aftercare.policy.warranty.NoFaultShipment}, not a copy of it.
 *
 * <p>Published as the policy module's named interface {@code warranty}, so the cases module can use it.
 */
@org.springframework.modulith.NamedInterface("warranty")
package com.aftercare.policy.warranty;

/**
 * The rules for problems at and after delivery (the policy book's DLV-1..DLV-6), as plain Java: facts and a
 * {@link com.aftercare.policy.PolicyVersion} in, a {@link com.aftercare.policy.Verdict} (or a result that
 * carries one with the dates it computed) out. No Spring, no database, no clock: every moment is an
 * argument, every number comes from the policy version, dates are counted by
 * {@link com.aftercare.calendar.TurkishCalendar}.
 *
 * <p>Where a delivery flow takes a unit back (DLV-4's replacement, DLV-6's wrong item), the papers that
 * travel with it are judged by the returns package's
 * {@link com.aftercare.policy.returns.ReturnReceiptCheck} (GEN-4, DLV-2), not by a copy of it here.
 *
 * <p>Published as the policy module's named interface {@code delivery}, so the cases module can use it.
 */
@org.springframework.modulith.NamedInterface("delivery")
package com.aftercare.policy.delivery;

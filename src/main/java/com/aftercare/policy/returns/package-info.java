/**
 * The rules of a return under the right of withdrawal (the policy book's RET-1..RET-6, GEN-1..GEN-5, DLV-2,
 * PAY-2, PAY-3), as plain Java: facts and a {@link com.aftercare.policy.PolicyVersion} in, a
 * {@link com.aftercare.policy.Verdict} (or a result that carries one with the dates it computed) out.
 * No Spring, no database, no clock: every moment is an argument, every number comes from the policy
 * version, dates are counted by {@link com.aftercare.calendar.TurkishCalendar}.
 *
 * <p>Published as the policy module's named interface {@code returns}, so the cases module can use it.
 */
@org.springframework.modulith.NamedInterface("returns")
package com.aftercare.policy.returns;

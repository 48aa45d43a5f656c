package com.aftercare.notifications;

import com.aftercare.policy.CitedClause;
import java.util.List;

/**
 * One e-mail to a customer before it is rendered: the same parts make its text and its HTML.
 *
 * @param facts   labelled values (a pickup code, a tracking number, a date)
 * @param clauses the policy's clauses the step applied, with their texts
 */
record Notice(String subject, String greeting, List<String> paragraphs, List<Fact> facts, List<CitedClause> clauses,
              String clausesHeading, String linkText, String link, String signature, String footer) {

    record Fact(String label, String value) {
    }
}

/**
 * After-sales cases: one request about one order, its items, the steps of its life, the clocks
 * running on it and its timeline. Each step is judged by the policy core and cites its clauses.
 *
 * <p>This package is the module's API: {@link com.aftercare.cases.Cases} (open, read, take a step),
 * the commands ({@link com.aftercare.cases.CaseCommands}), the case as read
 * ({@link com.aftercare.cases.CaseFile}) and its views, the queries (queue, search, statistics),
 * attachments and loaners. Inside: {@code core} (repository, journal, lifecycle, opening), one
 * package per family ({@code returns}, {@code delivery}, {@code warranty}), {@code attachments},
 * {@code queries} and the JSON API ({@code web}). A family never imports another family.
 */
package com.aftercare.cases;

/**
 * After-sales cases: one request about one order, its items, the steps of its life, the clocks
 * running on it and its timeline. Each step is judged by the policy core and cites its clauses.
 */
package com.aftercare.cases;

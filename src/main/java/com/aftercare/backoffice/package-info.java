/**
 * The staff back office: the work queue per role, the case page with the steps its state allows,
 * search, the dashboard and the reference pages (policy, calendar), server-rendered (Thymeleaf,
 * htmx) over the published APIs of the modules they show.
 */
package com.aftercare.backoffice;

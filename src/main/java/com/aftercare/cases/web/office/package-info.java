/**
 * The staff back office: the work queue per role and the case page with the steps its state
 * allows, server-rendered (Thymeleaf, htmx) over the cases module's own services.
 */
package com.aftercare.cases.web.office;

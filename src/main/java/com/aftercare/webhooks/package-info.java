/**
 * Webhooks: the store's other systems register URLs that receive every case event as JSON, signed
 * with HMAC-SHA256 under a secret of their own. A listener of
 * {@link com.aftercare.cases.CaseEventRecorded} writes one delivery per endpoint and event in the
 * step's own transaction, from the event's data; a dispatcher sends what is due, retries failures with
 * exponential back-off and logs every attempt. Administrators manage the endpoints under
 * {@code /api/v1/webhooks}. Nothing here is used by other modules.
 */
package com.aftercare.webhooks;

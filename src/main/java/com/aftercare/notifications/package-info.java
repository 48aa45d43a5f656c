/**
 * Tells the customer, by e-mail and in their language, what happened on their case: listens to the
 * cases' events inside the step's transaction and queues one mail per event in the platform's mail
 * outbox with the step, from the event's own data; the outbox's dispatcher sends it after the commit.
 */
package com.aftercare.notifications;

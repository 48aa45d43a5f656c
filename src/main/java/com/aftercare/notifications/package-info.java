/**
 * Tells the customer, by e-mail and in their language, what happened on their case: listens to the
 * cases' events after commit (durably, through the event publication registry) and queues one mail
 * per event in the platform's mail outbox, which sends it.
 */
package com.aftercare.notifications;

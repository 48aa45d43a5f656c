package com.aftercare.policy;

/**
 * The ways a customer may notify a fault (WAR-6) or ask for a return (RET-1); the channel and its
 * evidence are recorded, since in a dispute the burden of proof is on the consumer.
 */
public enum NotificationChannel {
    PHONE, FAX, EMAIL, REGISTERED_LETTER, WEB, IN_PERSON
}

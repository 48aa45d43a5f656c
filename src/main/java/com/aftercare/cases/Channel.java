package com.aftercare.cases;

/** How the request reached the store (RET-1: in writing or verbally; WAR-6: the means of notification). */
public enum Channel {
    WEB, PHONE, EMAIL, FAX, REGISTERED_LETTER, IN_PERSON
}

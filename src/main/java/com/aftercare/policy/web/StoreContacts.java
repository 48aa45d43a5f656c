package com.aftercare.policy.web;

import com.aftercare.policy.PolicyBook;
import com.aftercare.policy.StoreContact;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The store's name and contact details for every page's header and footer, from the policy
 * version in force today in Istanbul; the page layout reads it as {@code @storeContacts}.
 */
@Component("storeContacts")
public class StoreContacts {

    private final PolicyBook book;
    private final Clock clock;

    StoreContacts(PolicyBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    public StoreContact inForce() {
        return book.inForceOn(LocalDate.now(clock)).store();
    }
}

package com.aftercare.identity;

import java.util.Optional;
import java.util.function.Function;

/**
 * A customer's way in without a password: the order number and the order's e-mail address (any case) ask for a
 * one-time sign-in link, mailed to the order's address; the link signs in to that one order, once, within its
 * lifetime. The answer to a request never tells whether the order exists, and requests are rate-limited per e-mail
 * and per address, counted in PostgreSQL whether or not anything matched. Only a digest of each token is stored.
 */
public interface CustomerLinks {

    /** What a request for a link is answered. */
    enum Requested {
        /** A link was sent if the order and e-mail match; nothing else is said. */
        ANSWERED,
        /** Too many requests from this e-mail or address lately; nothing was sent. */
        TOO_MANY
    }

    /** The language-dependent parts of the link's mail. */
    interface MailText {

        String subject(String orderNumber);

        String text(String orderNumber, String link, long minutes);
    }

    /**
     * Mails a one-time link if the order and e-mail match.
     *
     * @param address where the request came from (counted against the per-address limit)
     * @param linkTo  turns a token into the absolute sign-in address sent to the customer
     * @param message the mail's subject and text in the customer's language, given the link and its minutes
     */
    Requested request(String orderNumber, String email, String address, Function<String, String> linkTo, MailText message);

    /** The order a link signs in to, once: a used, unknown or expired link gives nothing. */
    Optional<String> redeem(String token);
}

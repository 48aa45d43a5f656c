package com.aftercare.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The one-time portal link last mailed to a customer, read from the mail outbox (tests send no real mail). */
public final class SignInLinks {

    private SignInLinks() {
    }

    public static String latest(JdbcClient jdbc, String email) {
        return jdbc.sql("""
                select link from outgoing_mail where lower(recipient) = lower(?) and link is not null
                 order by id desc limit 1""")
                .param(email).query(String.class).single();
    }

    /** The one-time token a mailed link carries after {@code #token=}. */
    public static String tokenOf(String link) {
        return link.substring(link.indexOf("#token=") + "#token=".length());
    }
}

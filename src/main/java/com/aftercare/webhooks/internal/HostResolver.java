package com.aftercare.webhooks.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns a receiver's host name into its addresses. Its own type (and not a static call) so that a test can play the
 * DNS server that answers a public address at registration and the loopback address at delivery.
 */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] addressesOf(String host) throws UnknownHostException;
}

package com.aftercare.webhooks.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host of a webhook URL: a name, or an IP literal in one of the two forms everybody reads the same way (a plain
 * dotted quad, a bracketed IPv6 address). Other numeric forms ({@code 2130706433}, {@code 0x7f000001},
 * {@code 017700000001}, {@code 127.1}) are refused outright: resolvers and URL parsers disagree on what they mean,
 * and several of them mean 127.0.0.1.
 *
 * @param name    lower case, without brackets or a trailing dot: what is looked up and compared with the allow-list
 * @param literal the address, when the host is an IP literal; null for a name
 */
record ReceiverHost(String name, InetAddress literal) {

    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** What a browser's URL parser takes for an IPv4 address when it ends a host: decimal, octal or 0x-hex digits. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|\\d+)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    /** The host of this URL; IllegalArgumentException, with a reason a person can act on, for an ambiguous one. */
    static ReceiverHost of(URI uri) {
        String host = uri.getHost() != null ? uri.getHost() : hostOfAuthority(uri.getRawAuthority());
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("names no host; give one, as in https://erp.example.com/hooks/aftercare");
        }
        return of(host);
    }

    /** A host as written in a URL or handed to a resolver (brackets optional around IPv6). */
    static ReceiverHost of(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.contains(":")) {
            if (!IPV6.matcher(h).matches()) {
                throw ambiguous(host, "an IPv6 literal with a zone or other extras");
            }
            return new ReceiverHost(h, parse(h));
        }
        if (DOTTED_QUAD.matcher(h).matches()) {
            return new ReceiverHost(h, parse(h));
        }
        String withoutDot = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        String last = withoutDot.substring(withoutDot.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(last).matches()) {
            throw ambiguous(host, "a numeric host that is not a plain dotted quad");
        }
        return new ReceiverHost(withoutDot, null);
    }

    boolean isLiteral() {
        return literal != null;
    }

    /** The host as a person reads it in a message. */
    @Override
    public String toString() {
        return isLiteral() ? literal.getHostAddress() : name;
    }

    private static String hostOfAuthority(String authority) {
        if (authority == null) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int end = hostPort.indexOf(']');
            return end < 0 ? hostPort : hostPort.substring(0, end + 1);
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    private static InetAddress parse(String literal) {
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw ambiguous(literal, "not a valid IP address");
        }
    }

    private static IllegalArgumentException ambiguous(String host, String what) {
        return new IllegalArgumentException("'" + host + "' is " + what + ", which programs read differently; write an address "
                + "as a plain dotted quad (203.0.113.7) or in brackets ([2001:db8::7]), or give the host's name");
    }
}

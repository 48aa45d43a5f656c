package com.aftercare.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Where an IP address leads: the public internet ({@link #GLOBAL}) or somewhere a webhook must never be sent (the
 * service's own host, the office network, the cloud's metadata service). The ranges are IANA's special-purpose
 * registries (RFC 6890 and its updates). IPv6 is public only inside 2000::/3 and outside its special blocks; an IPv6
 * address that carries an IPv4 one (mapped, NAT64, 6to4, Teredo) is as public as the IPv4 address it carries, since
 * that is where the packets end up. Plain Java, no I/O: the caller resolves names.
 */
enum AddressScope {

    GLOBAL("a public address"),
    UNSPECIFIED("an unspecified address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private address"),
    LINK_LOCAL("a link-local address (where cloud metadata services answer)"),
    CARRIER_GRADE_NAT("a carrier-grade NAT address"),
    PROTOCOL_ASSIGNMENT("an address reserved for IETF protocol assignments"),
    DOCUMENTATION("a documentation address"),
    BENCHMARKING("a benchmarking address"),
    MULTICAST("a multicast address"),
    BROADCAST("the broadcast address"),
    RESERVED("a reserved address"),
    UNIQUE_LOCAL("a unique-local address"),
    IPV4_COMPATIBLE("a deprecated IPv4-compatible IPv6 address"),
    LOCAL_NAT64("a local-use NAT64 address");

    private final String description;

    AddressScope(String description) {
        this.description = description;
    }

    /** How a person reads it after the address: "10.0.0.5, a private address". */
    String description() {
        return description;
    }

    boolean isGlobal() {
        return this == GLOBAL;
    }

    static AddressScope of(InetAddress address) {
        return switch (address) {
            case Inet4Address v4 -> ofIpv4(v4.getAddress());
            case Inet6Address v6 -> ofIpv6(v6.getAddress());
            default -> RESERVED;
        };
    }

    private static AddressScope ofIpv4(byte[] a) {
        int ip = ((a[0] & 0xff) << 24) | ((a[1] & 0xff) << 16) | ((a[2] & 0xff) << 8) | (a[3] & 0xff);
        if (ip == 0xffffffff) {
            return BROADCAST;
        }
        for (V4Block block : V4_BLOCKS) {
            if (block.contains(ip)) {
                return block.scope();
            }
        }
        return GLOBAL;
    }

    private record V4Block(int network, int prefix, AddressScope scope) {

        boolean contains(int ip) {
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (ip & mask) == network;
        }
    }

    private static V4Block v4(int a, int b, int c, int prefix, AddressScope scope) {
        return new V4Block((a << 24) | (b << 16) | (c << 8), prefix, scope);
    }

    private static final V4Block[] V4_BLOCKS = {
            v4(0, 0, 0, 8, UNSPECIFIED),
            v4(10, 0, 0, 8, PRIVATE),
            v4(100, 64, 0, 10, CARRIER_GRADE_NAT),
            v4(127, 0, 0, 8, LOOPBACK),
            v4(169, 254, 0, 16, LINK_LOCAL),
            v4(172, 16, 0, 12, PRIVATE),
            v4(192, 0, 0, 24, PROTOCOL_ASSIGNMENT),
            v4(192, 0, 2, 24, DOCUMENTATION),
            v4(192, 88, 99, 24, RESERVED), // the deprecated 6to4 relay anycast (RFC 7526)
            v4(192, 168, 0, 16, PRIVATE),
            v4(198, 18, 0, 15, BENCHMARKING),
            v4(198, 51, 100, 24, DOCUMENTATION),
            v4(203, 0, 113, 24, DOCUMENTATION),
            v4(224, 0, 0, 4, MULTICAST),
            v4(240, 0, 0, 4, RESERVED),
    };

    private static AddressScope ofIpv6(byte[] a) {
        if (allZero(a, 0, 16)) {
            return UNSPECIFIED;
        }
        if (allZero(a, 0, 15) && a[15] == 1) {
            return LOOPBACK;
        }
        if (allZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return embedded(a, 12); // ::ffff:0:0/96, IPv4-mapped: the socket talks IPv4 to the embedded address
        }
        if (allZero(a, 0, 12)) {
            return IPV4_COMPATIBLE; // ::/96, deprecated (RFC 4291); nothing legitimate is reached this way
        }
        if (startsWith(a, 0x00, 0x64, 0xff, 0x9b)) {
            if (allZero(a, 4, 12)) {
                return embedded(a, 12); // 64:ff9b::/96, the well-known NAT64 prefix (RFC 6052)
            }
            if (a[4] == 0 && a[5] == 1) {
                return LOCAL_NAT64; // 64:ff9b:1::/48 (RFC 8215): translated inside someone's own network
            }
        }
        int first = a[0] & 0xff;
        if (first == 0xff) {
            return MULTICAST;
        }
        if ((first & 0xfe) == 0xfc) {
            return UNIQUE_LOCAL; // fc00::/7
        }
        if (first == 0xfe && (a[1] & 0xc0) == 0x80) {
            return LINK_LOCAL; // fe80::/10
        }
        if ((first & 0xe0) != 0x20) {
            return RESERVED; // outside 2000::/3, the only block handed out as global unicast (fec0::/10, 100::/64, 5f00::/16, ...)
        }
        return ofGlobalUnicastBlock(a);
    }

    /** Inside 2000::/3: the special blocks IANA keeps there. */
    private static AddressScope ofGlobalUnicastBlock(byte[] a) {
        if (startsWith(a, 0x20, 0x01, 0x00, 0x00)) {
            return teredo(a); // 2001::/32
        }
        if (startsWith(a, 0x20, 0x01, 0x0d, 0xb8) || startsWith(a, 0x3f, 0xff) && (a[2] & 0xf0) == 0) {
            return DOCUMENTATION; // 2001:db8::/32, 3fff::/20 (RFC 9637)
        }
        if (startsWith(a, 0x20, 0x01) && (a[2] & 0xfe) == 0) {
            return PROTOCOL_ASSIGNMENT; // the rest of 2001::/23: benchmarking, ORCHID, AMT, ...
        }
        if (startsWith(a, 0x20, 0x02)) {
            return embedded(a, 2); // 2002::/16, 6to4: the packets go to the IPv4 address in bits 16-47
        }
        return GLOBAL;
    }

    /** Teredo carries two IPv4 addresses, the server's and the client's (inverted); both must be public. */
    private static AddressScope teredo(byte[] a) {
        AddressScope server = embedded(a, 4);
        if (!server.isGlobal()) {
            return server;
        }
        byte[] client = new byte[4];
        for (int i = 0; i < 4; i++) {
            client[i] = (byte) ~a[12 + i];
        }
        return ofIpv4(client);
    }

    private static AddressScope embedded(byte[] a, int offset) {
        return ofIpv4(new byte[] {a[offset], a[offset + 1], a[offset + 2], a[offset + 3]});
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] a, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((a[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}

package com.aftercare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every special-purpose range at its edges: the last address outside it is public, the first inside is not. */
@DisplayName("Which addresses are public")
class AddressScopeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # IPv4
            0.0.0.0                | UNSPECIFIED
            0.255.255.255          | UNSPECIFIED
            1.0.0.0                | GLOBAL
            9.255.255.255          | GLOBAL
            10.0.0.0               | PRIVATE
            10.255.255.255         | PRIVATE
            11.0.0.0               | GLOBAL
            100.63.255.255         | GLOBAL
            100.64.0.0             | CARRIER_GRADE_NAT
            100.127.255.255        | CARRIER_GRADE_NAT
            100.128.0.0            | GLOBAL
            126.255.255.255        | GLOBAL
            127.0.0.0              | LOOPBACK
            127.0.0.1              | LOOPBACK
            127.255.255.255        | LOOPBACK
            128.0.0.0              | GLOBAL
            169.253.255.255        | GLOBAL
            169.254.0.0            | LINK_LOCAL
            169.254.169.254        | LINK_LOCAL
            169.254.255.255        | LINK_LOCAL
            169.255.0.0            | GLOBAL
            172.15.255.255         | GLOBAL
            172.16.0.0             | PRIVATE
            172.31.255.255         | PRIVATE
            172.32.0.0             | GLOBAL
            191.255.255.255        | GLOBAL
            192.0.0.0              | PROTOCOL_ASSIGNMENT
            192.0.0.255            | PROTOCOL_ASSIGNMENT
            192.0.1.0              | GLOBAL
            192.0.2.0              | DOCUMENTATION
            192.0.2.255            | DOCUMENTATION
            192.0.3.0              | GLOBAL
            192.88.99.1            | RESERVED
            192.167.255.255        | GLOBAL
            192.168.0.0            | PRIVATE
            192.168.255.255        | PRIVATE
            192.169.0.0            | GLOBAL
            198.17.255.255         | GLOBAL
            198.18.0.0             | BENCHMARKING
            198.19.255.255         | BENCHMARKING
            198.20.0.0             | GLOBAL
            198.51.99.255          | GLOBAL
            198.51.100.0           | DOCUMENTATION
            198.51.100.255         | DOCUMENTATION
            198.51.101.0           | GLOBAL
            203.0.112.255          | GLOBAL
            203.0.113.0            | DOCUMENTATION
            203.0.113.255          | DOCUMENTATION
            203.0.114.0            | GLOBAL
            223.255.255.255        | GLOBAL
            224.0.0.0              | MULTICAST
            239.255.255.255        | MULTICAST
            240.0.0.0              | RESERVED
            255.255.255.254        | RESERVED
            255.255.255.255        | BROADCAST
            8.8.8.8                | GLOBAL
            # IPv6: the special ones outside 2000::/3
            ::                     | UNSPECIFIED
            ::1                    | LOOPBACK
            ::2                    | IPV4_COMPATIBLE
            ::127.0.0.1            | IPV4_COMPATIBLE
            ::8.8.8.8              | IPV4_COMPATIBLE
            ::1:0:0:0              | RESERVED
            100::1                 | RESERVED
            1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | RESERVED
            4000::                 | RESERVED
            fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | RESERVED
            fc00::                 | UNIQUE_LOCAL
            fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | UNIQUE_LOCAL
            fe00::                 | RESERVED
            fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff | RESERVED
            fe80::                 | LINK_LOCAL
            febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff | LINK_LOCAL
            fec0::1                | RESERVED
            ff00::                 | MULTICAST
            ff02::1                | MULTICAST
            ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | MULTICAST
            # NAT64: the embedded IPv4 decides; the local-use prefix never is public
            64:ff9b::8.8.8.8       | GLOBAL
            64:ff9b::10.0.0.1      | PRIVATE
            64:ff9b::127.0.0.1     | LOOPBACK
            64:ff9b::169.254.169.254 | LINK_LOCAL
            64:ff9b:0:0:0:1:808:808 | RESERVED
            64:ff9b:1::808:808     | LOCAL_NAT64
            64:ff9b:1:ffff:ffff:ffff:ffff:ffff | LOCAL_NAT64
            64:ff9b:2::808:808     | RESERVED
            # inside 2000::/3
            2000::                 | GLOBAL
            2001:4860:4860::8888   | GLOBAL
            2a00:1450:4001:81c::200e | GLOBAL
            3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff | GLOBAL
            3fff::                 | DOCUMENTATION
            3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff | DOCUMENTATION
            3fff:1000::            | GLOBAL
            2001:db7:ffff:ffff:ffff:ffff:ffff:ffff | GLOBAL
            2001:db8::             | DOCUMENTATION
            2001:db8:ffff:ffff:ffff:ffff:ffff:ffff | DOCUMENTATION
            2001:db9::             | GLOBAL
            2001:2::1              | PROTOCOL_ASSIGNMENT
            2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff | PROTOCOL_ASSIGNMENT
            2001:200::             | GLOBAL
            5f00::1                | RESERVED
            # 6to4: the IPv4 address in bits 16-47 decides
            2002:808:808::1        | GLOBAL
            2002:a00:1::1          | PRIVATE
            2002:7f00:1::          | LOOPBACK
            2002:a9fe:a9fe::       | LINK_LOCAL
            # Teredo: the server (bits 32-63) and the client (the last 32 bits, inverted) both decide
            2001:0:808:808::f7f7:f7f7 | GLOBAL
            2001:0:a00:1::f7f7:f7f7 | PRIVATE
            2001:0:808:808::80ff:fffe | LOOPBACK
            """)
    void classifies(String address, AddressScope expected) throws Exception {
        assertThat(AddressScope.of(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "::ffff:{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1        | LOOPBACK
            10.0.0.1         | PRIVATE
            169.254.169.254  | LINK_LOCAL
            8.8.8.8          | GLOBAL
            """)
    @DisplayName("an IPv4-mapped IPv6 address is judged by the IPv4 address it carries, however Java represents it")
    void mapped(String ipv4, AddressScope expected) throws Exception {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        // The JDK turns the literal into an Inet4Address; an Inet6Address with the mapped bytes may still come from elsewhere.
        assertThat(AddressScope.of(InetAddress.getByName("::ffff:" + ipv4))).isEqualTo(expected);
        assertThat(AddressScope.of(Inet6Address.getByAddress(null, mapped, (java.net.NetworkInterface) null))).isEqualTo(expected);
    }

    @Test
    void everyScopeButGlobalReadsAsAReason() {
        for (AddressScope scope : AddressScope.values()) {
            assertThat(scope.description()).matches("(a|an|the) .+");
            assertThat(scope.isGlobal()).isEqualTo(scope == AddressScope.GLOBAL);
        }
    }
}

package com.aftercare.webhooks.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's name resolution: the receiver's host is resolved at the moment of connecting and the client gets
 * only addresses the {@link ReceiverPolicy} has just checked, so the address checked is the address connected to
 * (a name that turned to 127.0.0.1 since its registration, DNS rebinding, is refused here). TLS still uses the host
 * name for SNI and the certificate check, as the client hands it on unchanged.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final ReceiverPolicy policy;

    CheckedDnsResolver(ReceiverPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return policy.checkedAddresses(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        // Only asked for Kerberos/SPNEGO, which webhooks never use; answering the name itself avoids a reverse lookup.
        return host;
    }
}

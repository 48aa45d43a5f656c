package com.aftercare.webhooks.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go: over https to public addresses only, unless the host is one of
 * {@code aftercare.webhooks.allowed-hosts} (the store's own internal receivers, which may also use plain http).
 * Otherwise a webhook URL would be a way to make the service call inside its own network: its host, the office's
 * systems, the cloud's metadata service. Checked at registration and again at every delivery, on the addresses the
 * connection then uses, because a name may resolve elsewhere by then.
 */
@Component
class ReceiverPolicy {

    static final String ALLOW_LIST = "aftercare.webhooks.allowed-hosts";

    private final List<ReceiverHost> allowed;
    private final HostResolver resolver;

    ReceiverPolicy(WebhookSettings settings, HostResolver resolver) {
        this.allowed = settings.allowedHosts().stream().map(String::strip).filter(host -> !host.isEmpty()).map(ReceiverHost::of).toList();
        this.resolver = resolver;
    }

    /**
     * Why a URL may not be registered, or empty. A name that does not resolve now is accepted: it may be set up
     * later, and every delivery checks it again.
     */
    Optional<String> refusalAtRegistration(URI url) {
        ReceiverHost host;
        try {
            host = ReceiverHost.of(url);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (isAllowListed(host)) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : addressesOf(host)) {
                AddressScope scope = AddressScope.of(address);
                if (!scope.isGlobal()) {
                    return Optional.of((host.isLiteral() ? host + " is " : host + " resolves to " + address.getHostAddress() + ", ")
                            + scope.description() + "; webhooks go only to public addresses unless the host is in " + ALLOW_LIST);
                }
            }
        } catch (UnknownHostException e) {
            // Not resolvable today; checked again at every delivery.
        }
        return plainHttp(url, host);
    }

    /** Why a delivery to this URL must not even be tried (before any name is resolved), or empty. */
    Optional<String> refusalBeforeConnecting(URI url) {
        try {
            ReceiverHost host = ReceiverHost.of(url);
            return isAllowListed(host) ? Optional.empty() : plainHttp(url, host).map(reason -> "refused: " + url + " " + reason);
        } catch (IllegalArgumentException e) {
            return Optional.of("refused: " + e.getMessage());
        }
    }

    /**
     * The addresses a delivery may connect to: all of the host's, if every one is public (or the host is
     * allow-listed). Throws {@link RefusedAddressException} naming the first address that is not.
     */
    InetAddress[] checkedAddresses(String hostName) throws UnknownHostException {
        ReceiverHost host;
        try {
            host = ReceiverHost.of(hostName);
        } catch (IllegalArgumentException e) {
            throw new RefusedAddressException("refused: " + e.getMessage());
        }
        InetAddress[] addresses = addressesOf(host);
        if (!isAllowListed(host)) {
            for (InetAddress address : addresses) {
                AddressScope scope = AddressScope.of(address);
                if (!scope.isGlobal()) {
                    throw new RefusedAddressException("refused: " + host + (host.isLiteral() ? " is " : " resolved to "
                            + address.getHostAddress() + ", ") + scope.description());
                }
            }
        }
        return addresses;
    }

    private InetAddress[] addressesOf(ReceiverHost host) throws UnknownHostException {
        if (host.isLiteral()) {
            return new InetAddress[] {host.literal()};
        }
        InetAddress[] addresses = resolver.addressesOf(host.name());
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host.name() + " has no address");
        }
        return addresses;
    }

    private boolean isAllowListed(ReceiverHost host) {
        return allowed.stream().anyMatch(entry -> entry.isLiteral() ? entry.literal().equals(host.literal()) : entry.name().equals(host.name()));
    }

    private static Optional<String> plainHttp(URI url, ReceiverHost host) {
        return "https".equals(url.getScheme().toLowerCase(Locale.ROOT)) ? Optional.empty()
                : Optional.of("must use https: plain http goes only to hosts in " + ALLOW_LIST + " (" + host + " is not)");
    }

    /** A host whose address the policy refuses; the message is the attempt's error as the log shows it. */
    static final class RefusedAddressException extends UnknownHostException {

        RefusedAddressException(String message) {
            super(message);
        }
    }
}

package com.aftercare.webhooks;

import com.aftercare.webhooks.internal.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * A DNS server the test scripts: names it was told about resolve to the addresses it was given, at that moment
 * (so a name can turn from public to loopback between registration and delivery); any other name goes to the
 * system's resolver.
 */
@TestComponent
@Primary
public class ScriptedResolver implements HostResolver {

    /** A name in the allow-list of {@link WebhookIntegrationTest} that only this resolver knows. */
    public static final String ALLOW_LISTED = "receiver.test";

    private final Map<String, InetAddress[]> answers = new ConcurrentHashMap<>();

    /** From now on {@code host} resolves to these IP literals. */
    public void answer(String host, String... addresses) {
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            try {
                resolved[i] = InetAddress.getByName(addresses[i]);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("give IP literals: " + addresses[i], e);
            }
        }
        answers.put(host, resolved);
    }

    @Override
    public InetAddress[] addressesOf(String host) throws UnknownHostException {
        InetAddress[] scripted = answers.get(host);
        return scripted != null ? scripted.clone() : InetAddress.getAllByName(host);
    }
}

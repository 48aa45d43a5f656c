package com.aftercare.webhooks.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.stereotype.Component;

/** The operating system's resolver, asked afresh every time (the JDK's own cache aside). */
@Component
class SystemHostResolver implements HostResolver {

    @Override
    public InetAddress[] addressesOf(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}

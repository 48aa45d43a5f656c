package com.aftercare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves only requests addressed to the service's own host names ({@link PublicAddress#hosts}): a request with a
 * forged {@code Host} is refused before anything reads it, so no part of the service can be tricked into writing
 * another host into a page, a redirect or a link. The health probes are exempt: orchestrators and load balancers
 * call them by address. The host is the container's server name, which honours forwarded headers only where
 * {@code server.forward-headers-strategy} says the proxy in front is trusted. It runs right after Spring's
 * forwarded-header filter (which, when switched on, has the highest precedence). It brings the {@link PublicAddress}
 * along, so every slice of the web layer that serves requests has it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(PublicAddress.class)
class AllowedHostFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AllowedHostFilter.class);

    private final Set<String> hosts;
    private final JsonMapper json;

    AllowedHostFilter(PublicAddress address, JsonMapper json) {
        this.hosts = address.hosts();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        if (host != null && hosts.contains(PublicAddress.normalized(host))) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused a request for host '{}' from {} ({} {}): not this service's address", host, request.getRemoteAddr(),
                request.getMethod(), request.getRequestURI());
        EarlyRefusal.badRequest(request, response, json, "unknown-host", "Unknown host",
                "This service does not answer to the host named in the request. Use its own address.");
    }
}

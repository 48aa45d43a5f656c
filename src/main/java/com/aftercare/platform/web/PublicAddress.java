package com.aftercare.platform.web;

import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where customers and the store's systems reach the service, from configuration only. Every absolute link the
 * service writes (sign-in links, the links in mails) starts with {@link #publicUrl}; a link is never built from
 * the request's {@code Host}, which anyone can forge. Requests are served only for the public URL's host and the
 * {@link #allowedHosts} ({@link AllowedHostFilter}).
 *
 * @param publicUrl    the service's public address, e.g. {@code https://service.example.com}; required (the demo
 *                     profile sets {@code http://localhost:<port>})
 * @param allowedHosts further host names the service answers to (an internal name, loopback in the demo)
 */
@Validated
@ConfigurationProperties("aftercare")
public record PublicAddress(
        @NotBlank(message = "aftercare.public-url is not set: give the address customers reach the service at (AFTERCARE_PUBLIC_URL), "
                + "e.g. https://service.example.com; every link in an e-mail starts with it") String publicUrl,
        List<String> allowedHosts) {

    public PublicAddress {
        if (publicUrl != null && !publicUrl.isBlank()) {
            publicUrl = checked(publicUrl.strip());
        }
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    private static String checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || !uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("aftercare.public-url must be an absolute http or https URL with a host "
                    + "and no query or fragment, e.g. https://service.example.com (was '" + url + "')");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + path;
    }

    /** The absolute link to a path of the service, e.g. {@code link("/portal")}. */
    public String link(String path) {
        return publicUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The host names requests may name: the public URL's and the allowed ones, lower case, without brackets. */
    public Set<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(normalized(URI.create(publicUrl).getHost()));
        allowedHosts.stream().map(PublicAddress::normalized).forEach(hosts::add);
        return Set.copyOf(hosts);
    }

    /** A host as compared: lower case, an IPv6 literal without its brackets, no trailing dot. */
    static String normalized(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}

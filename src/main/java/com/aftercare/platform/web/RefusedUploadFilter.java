package com.aftercare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A multipart upload larger than the container reads (spring.servlet.multipart.*) makes the
 * container's parameter lookup fail. Filters that read a parameter (Spring Security's CSRF check)
 * would turn that into a 500 before anyone could say "too large". Here, ahead of them, such a
 * request's parameters become its query string's only (where the pages' upload forms also carry
 * their CSRF token), so the request reaches its controller, whose multipart resolution reports the
 * size (MaxUploadSizeExceededException) and is answered as a 413 in that area's own way.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class RefusedUploadFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new QueryParametersIfUnreadable(request), response);
    }

    /** The request's parameters, or, if the container could not read its body, those of its query string. */
    private static final class QueryParametersIfUnreadable extends HttpServletRequestWrapper {

        private Map<String, String[]> fromQuery;

        QueryParametersIfUnreadable(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            try {
                return super.getParameter(name);
            } catch (IllegalStateException unreadable) {
                String[] values = query().get(name);
                return values == null ? null : values[0];
            }
        }

        @Override
        public String[] getParameterValues(String name) {
            try {
                return super.getParameterValues(name);
            } catch (IllegalStateException unreadable) {
                return query().get(name);
            }
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                return super.getParameterMap();
            } catch (IllegalStateException unreadable) {
                return query();
            }
        }

        @Override
        public Enumeration<String> getParameterNames() {
            try {
                return super.getParameterNames();
            } catch (IllegalStateException unreadable) {
                return Collections.enumeration(query().keySet());
            }
        }

        private Map<String, String[]> query() {
            if (fromQuery == null) {
                MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(getQueryString()).build().getQueryParams();
                Map<String, String[]> decoded = new LinkedHashMap<>();
                raw.forEach((name, values) -> decoded.put(decode(name), values.stream().map(v -> v == null ? "" : decode(v))
                        .toArray(String[]::new)));
                fromQuery = Collections.unmodifiableMap(decoded);
            }
            return fromQuery;
        }

        private static String decode(String value) {
            return UriUtils.decode(value.replace('+', ' '), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

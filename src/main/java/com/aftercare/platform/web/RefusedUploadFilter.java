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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Uploads too large to take are refused before anything reads them, and before Spring Security: such a request's
 * body is never read, so its CSRF token cannot be read either, and the pages' forms carry it in their body only
 * (a token in the URL would reach access logs). A multipart request that declares more than the largest upload
 * ({@code spring.servlet.multipart.max-file-size}) is forwarded, with no body, to its area's refusal
 * ({@link #API_REFUSAL}, {@link #OFFICE_REFUSAL}, {@link #PORTAL_REFUSAL}), which answers the 413 in that area's way
 * (a problem with the limits per kind on the API, a page on the office and the portal). Nothing can happen there
 * but the refusal, so it needs no CSRF token. A request that does not declare its length (chunked) and runs over
 * the container's limit makes the container's parameter lookup fail: such a request's parameters become its query
 * string's only, so filters that read a parameter do not turn it into a 500.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
public class RefusedUploadFilter extends OncePerRequestFilter {

    public static final String API_REFUSAL = "/api/v1/upload-too-large";
    public static final String OFFICE_REFUSAL = "/office/upload-too-large";
    public static final String PORTAL_REFUSAL = "/portal/upload-too-large";

    private final long largest;

    RefusedUploadFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largest) {
        this.largest = largest.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > largest) {
            request.getRequestDispatcher(refusalFor(request.getRequestURI().substring(request.getContextPath().length())))
                    .forward(new Unread(request), response);
            return;
        }
        chain.doFilter(new QueryParametersIfUnreadable(request), response);
    }

    static String refusalFor(String path) {
        if (path.startsWith("/api/")) {
            return API_REFUSAL;
        }
        return path.startsWith("/portal") ? PORTAL_REFUSAL : OFFICE_REFUSAL;
    }

    /** The refused request as its refusal sees it: no body, no parameters, nothing to act on. */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return true;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("a refused upload is not read");
                }

                @Override
                public int read() {
                    return -1;
                }
            };
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
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

package com.aftercare.platform.idempotency;

import com.aftercare.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on every creating POST of the API (API.md, "Conventions"). The first
 * successful answer is kept per caller and key: the same key with the same body gets that answer
 * again and creates nothing; the same key with another body, or on another path, is a 422.
 *
 * <p>Only successful (2xx) answers are kept: a refused or failed request releases its key, so
 * the client can correct the body and retry with the same key.
 *
 * <p>An answer that must not be stored (it shows a secret once) is kept in the form the handler gives with
 * {@link KeptAnswer#instead}: the replay has the real answer's status and {@code Location}, and that body.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRecords records;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            write(response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must hold 1 to " + MAX_KEY_LENGTH + " characters, e.g. a UUID."));
            return;
        }
        if (isMultipart(request) && !partsReadable(request)) {
            // An upload the container refused to read (above its size limit): nothing can be created or kept, so the
            // controller answers it (a 413 problem) and the key stays free.
            chain.doFilter(request, response);
            return;
        }
        String caller = callerOf();
        String path = request.getRequestURI();
        if (records.claim(caller, key, request.getMethod(), path)) {
            process(request, response, chain, caller, key);
            return;
        }
        Optional<IdempotencyRecords.Kept> kept = records.find(caller, key);
        if (kept.isPresent() && kept.get().completed()) {
            answerFromKept(request, response, kept.get(), path);
            return;
        }
        write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use", "Request in progress",
                "A request with this Idempotency-Key is still being processed; retry in a moment to get its answer."));
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller, String key)
            throws ServletException, IOException {
        var digesting = new DigestingRequest(request);
        var caching = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            String partsDigest = isMultipart(request) ? DigestingRequest.digestOfParts(request) : null;
            chain.doFilter(digesting, caching);
            int status = caching.getStatus();
            if (status >= 200 && status < 300) {
                String sha = partsDigest != null ? partsDigest : digesting.finish();
                Object substitute = request.getAttribute(KeptAnswer.ATTRIBUTE);
                records.complete(caller, key, sha, status,
                        substitute == null ? caching.getContentType() : MediaType.APPLICATION_JSON_VALUE,
                        substitute == null ? caching.getContentAsByteArray() : json.writeValueAsBytes(substitute),
                        caching.getHeader(HttpHeaders.LOCATION));
                kept = true;
            }
        } finally {
            if (!kept) {
                records.release(caller, key);
            }
            caching.copyBodyToResponse();
        }
    }

    private void answerFromKept(HttpServletRequest request, HttpServletResponse response, IdempotencyRecords.Kept kept,
            String path) throws IOException {
        String sha = isMultipart(request) ? DigestingRequest.digestOfParts(request)
                : DigestingRequest.digestOf(request.getInputStream());
        if (!kept.method().equals(request.getMethod()) || !kept.path().equals(path) || !sha.equals(kept.requestSha256())) {
            write(response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request (" + kept.method() + " " + kept.path()
                            + " with another body). Use a new key for a new request."));
            return;
        }
        response.setStatus(kept.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (kept.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, kept.location());
        }
        if (kept.contentType() != null) {
            response.setContentType(kept.contentType());
        }
        if (kept.body() != null) {
            response.getOutputStream().write(kept.body());
        }
    }

    /** An upload's parts are parsed by the container, not read through the body stream: digest the parts. */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean partsReadable(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException e) {
            return false;
        }
    }

    private static String callerOf() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

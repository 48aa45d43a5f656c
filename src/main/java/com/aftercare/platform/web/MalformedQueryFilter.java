package com.aftercare.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query string that is not valid percent-encoded UTF-8 ({@code ?from=%%%}) makes the container's
 * parameter lookup throw wherever it is first asked (a security filter, a controller's argument), which
 * every part of the service would answer as a 500. It is refused here, before anything reads a
 * parameter: a 400 problem on the API, a short page elsewhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedQueryFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    MalformedQueryFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (decodes(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        EarlyRefusal.badRequest(request, response, json, "malformed-query", "Malformed query string",
                "The address's query string is not valid: after the '?', a '%' must be followed by two hex digits "
                        + "that spell UTF-8 (write a literal % as %25).");
    }

    /** True if every %-escape has two hex digits and the bytes they spell are UTF-8 (or there is no query). */
    static boolean decodes(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return true;
        }
        var bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                return false;
            }
            bytes.write(Character.digit(query.charAt(i + 1), 16) * 16 + Character.digit(query.charAt(i + 2), 16));
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

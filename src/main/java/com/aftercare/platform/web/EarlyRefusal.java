package com.aftercare.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 400 given by a filter that runs before everything else (Spring Security included): a problem on the API, a
 * line of text elsewhere, with the headers Spring Security would otherwise have added.
 */
final class EarlyRefusal {

    private EarlyRefusal() {
    }

    static void badRequest(HttpServletRequest request, HttpServletResponse response, JsonMapper json, String kind, String title,
            String detail) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            var problem = Problems.of(HttpStatus.BAD_REQUEST, kind, title, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail + "\n");
        }
    }
}

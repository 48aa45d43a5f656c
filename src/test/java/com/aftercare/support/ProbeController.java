package com.aftercare.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A test-only endpoint for the platform's own tests (roles, idempotency, problem details), so
 * they do not depend on a business module. It exists only on the test classpath.
 */
@RestController
@RequestMapping("/api/test-probe")
public class ProbeController {

    public record Thing(String name, int size) {
    }

    private final AtomicInteger created = new AtomicInteger();

    public int createdCount() {
        return created.get();
    }

    @PostMapping("/things")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Map<String, Object>> create(@RequestBody Thing thing) {
        if (thing.size() < 0) {
            return ResponseEntity.badRequest().build();
        }
        int id = created.incrementAndGet();
        return ResponseEntity.status(201).header("Location", "/api/test-probe/things/" + id)
                .body(Map.of("id", id, "name", thing.name()));
    }

    @PostMapping(path = "/uploads", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('FINANCE')")
    ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file) {
        int id = created.incrementAndGet();
        return ResponseEntity.status(201).body(Map.of("id", id, "size", file.getSize()));
    }

    @GetMapping("/things/{id}")
    Map<String, Object> read(@PathVariable int id) {
        return Map.of("id", id);
    }
}

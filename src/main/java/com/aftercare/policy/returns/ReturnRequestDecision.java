package com.aftercare.policy.returns;

import com.aftercare.policy.Verdict;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The opening verdict of a return (RET-2): the whole request's, each item's by line id in request
 * order, and RET-1's window for the case's {@code deadlines}.
 */
public record ReturnRequestDecision(Verdict overall, Map<String, Verdict> items, WindowDecision window) {

    public ReturnRequestDecision {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(window, "window");
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public Verdict item(String lineId) {
        Verdict verdict = items.get(lineId);
        if (verdict == null) {
            throw new IllegalArgumentException("line " + lineId + " is not part of this return");
        }
        return verdict;
    }
}

package com.aftercare.cases.core;

import com.aftercare.cases.CaseType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each case type's family, checked at start-up to own every type exactly once. */
@Component
class CaseFamilies {

    private final Map<CaseType, CaseFamily> byType = new EnumMap<>(CaseType.class);

    CaseFamilies(List<CaseFamily> families) {
        for (CaseFamily family : families) {
            for (CaseType type : family.types()) {
                CaseFamily earlier = byType.put(type, family);
                if (earlier != null) {
                    throw new IllegalStateException(type + " is owned by two families: " + earlier.getClass().getSimpleName()
                            + " and " + family.getClass().getSimpleName());
                }
            }
        }
        for (CaseType type : CaseType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("No family owns the case type " + type);
            }
        }
    }

    public CaseFamily of(CaseType type) {
        return byType.get(type);
    }
}

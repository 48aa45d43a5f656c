package com.aftercare.policy.warranty;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The faults WAR-8 counts, in the order notified, and the counts it asks of them; derived, never stored. */
record FaultHistory(List<Fault> faults) {

    FaultHistory {
        faults = faults.stream().sorted(Comparator.comparing(Fault::notifiedAt)).toList();
    }

    /** Only covered faults notified within the warranty count: WAR-8 applies "within the warranty period". */
    static FaultHistory counting(List<Fault> recorded, WarrantyPeriod warranty) {
        return new FaultHistory(recorded.stream()
                .filter(Fault::covered)
                .filter(fault -> warranty.covers(fault.notifiedOn()))
                .toList());
    }

    int size() {
        return faults.size();
    }

    int notifiedUpTo(LocalDate lastDay) {
        return (int) faults.stream().filter(fault -> !fault.notifiedOn().isAfter(lastDay)).count();
    }

    long differentCodes() {
        return faults.stream().map(Fault::faultCode).distinct().count();
    }

    /** The code that occurred most often and how often; on a tie, the one first notified. */
    Optional<Map.Entry<String, Long>> mostRepeated() {
        Map<String, Long> byCode = faults.stream().collect(Collectors.groupingBy(Fault::faultCode,
                LinkedHashMap::new, Collectors.counting()));
        return byCode.entrySet().stream().max(Map.Entry.comparingByValue());
    }

    Optional<Fault> first(Predicate<Fault> test) {
        return faults.stream().filter(test).findFirst();
    }
}

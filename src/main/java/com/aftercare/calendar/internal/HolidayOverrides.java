package com.aftercare.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The corrections of the override file, validated: bayrams moved to their announced dates, holidays added by
 * new laws, computed days removed. Administrative leave (idari izin) granted to public servants is not a
 * holiday for the counts of the policy book and does not belong here.
 *
 * @param source    where the corrections were read from, for messages
 * @param moves     bayrams whose official first day differs from the computed one
 * @param additions holidays to add
 * @param removals  dates on which every computed holiday is dropped (added holidays are kept)
 */
public record HolidayOverrides(String source, List<BayramMove> moves, List<AddedHoliday> additions,
                               Set<LocalDate> removals) {

    public static final HolidayOverrides NONE = new HolidayOverrides("(none)", List.of(), List.of(), Set.of());

    public HolidayOverrides {
        moves = List.copyOf(moves);
        additions = List.copyOf(additions);
        removals = Set.copyOf(removals);
    }

    /** A bayram's announced first day, replacing the computed one; its eve and its other days follow it. */
    public record BayramMove(Bayram bayram, LocalDate computedFirstDay, LocalDate officialFirstDay) {
    }

    /** The official first day of the bayram computed to start on {@code computedFirstDay}. */
    LocalDate officialFirstDay(Bayram bayram, LocalDate computedFirstDay) {
        return movesOf(bayram).getOrDefault(computedFirstDay, computedFirstDay);
    }

    private Map<LocalDate, LocalDate> movesOf(Bayram bayram) {
        return moves.stream()
                .filter(m -> m.bayram() == bayram)
                .collect(Collectors.toMap(BayramMove::computedFirstDay, BayramMove::officialFirstDay));
    }
}

package com.aftercare.calendar.internal;

import com.aftercare.calendar.HolidayKind;
import com.aftercare.calendar.HolidayName;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates the holiday override file (format in {@code calendar/holiday-overrides.yaml}). A wrong
 * file is refused as a whole with {@link InvalidHolidayOverridesException}, naming the file and every bad entry.
 */
public final class HolidayOverridesLoader {

    /** Diyanet's announcement differs from the computed date by a day, rarely two; more is a typo. */
    static final int MAX_MOVE_DAYS = 3;
    private static final int MAX_SPAN_DAYS = 15;
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private static final Set<String> MOVE_KEYS = Set.of("bayram", "firstDay", "source");
    private static final Set<String> ADD_KEYS =
            Set.of("name", "date", "every", "fromYear", "untilYear", "days", "kind", "source");
    private static final Set<String> REMOVE_KEYS = Set.of("date", "source");
    private static final Set<String> NAME_KEYS = Set.of("en", "tr");

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final List<HolidayOverrides.BayramMove> moves = new ArrayList<>();
    private final List<AddedHoliday> additions = new ArrayList<>();
    private final Set<LocalDate> removals = new HashSet<>();

    private HolidayOverridesLoader(String source) {
        this.source = source;
    }

    /** Loads a file from the classpath; a missing file is an error, since the service ships one. */
    public static HolidayOverrides fromClasspath(String path) {
        InputStream in = HolidayOverridesLoader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new InvalidHolidayOverridesException(path, List.of("file not found on the classpath"));
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(path, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday override file '" + path + "'", e);
        }
    }

    /** Loads the file read by {@code reader}; {@code source} names it in messages. */
    public static HolidayOverrides load(String source, Reader reader) {
        return new HolidayOverridesLoader(source).read(reader);
    }

    private HolidayOverrides read(Reader reader) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(source).build()).composeReader(reader);
        } catch (YamlEngineException e) {
            throw new InvalidHolidayOverridesException(source, List.of("not valid YAML: " + e.getMessage()));
        }
        root.ifPresent(this::readSections);
        if (!problems.isEmpty()) {
            throw new InvalidHolidayOverridesException(source, problems);
        }
        return new HolidayOverrides(source, moves, additions, removals);
    }

    private void readSections(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            problems.add("the file must be a mapping with the sections 'move', 'add' and 'remove'");
            return;
        }
        for (NodeTuple section : mapping.getValue()) {
            String name = section.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            List<Node> entries = entries(name, section.getValueNode());
            for (int i = 0; i < entries.size(); i++) {
                Node node = entries.get(i);
                String label = YamlEntry.label(name, i, node);
                switch (name) {
                    case "move" -> readMove(new YamlEntry(label, node, MOVE_KEYS, problems));
                    case "add" -> readAddition(new YamlEntry(label, node, ADD_KEYS, problems));
                    case "remove" -> readRemoval(new YamlEntry(label, node, REMOVE_KEYS, problems));
                    default -> { /* reported by entries() */ }
                }
            }
        }
    }

    private List<Node> entries(String section, Node value) {
        if (!Set.of("move", "add", "remove").contains(section)) {
            problems.add("unknown section '" + section + "' (allowed: move, add, remove)");
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (value instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of(); // "move:" with nothing under it
        }
        problems.add("section '" + section + "' must be a list of entries, each starting with '- '");
        return List.of();
    }

    private void readMove(YamlEntry entry) {
        Optional<Bayram> bayram = entry.has("bayram")
                ? entry.enumValue("bayram", Bayram.class) : missing(entry, "bayram");
        Optional<LocalDate> firstDay = entry.has("firstDay") ? entry.date("firstDay") : missing(entry, "firstDay");
        if (bayram.isEmpty() || firstDay.isEmpty() || !supported(entry, firstDay.get())) {
            return;
        }
        LocalDate official = firstDay.get();
        bayram.get().computedFirstDays(official.minusDays(MAX_MOVE_DAYS), official.plusDays(MAX_MOVE_DAYS))
                .filter(computed -> Math.abs(computed.toEpochDay() - official.toEpochDay()) <= MAX_MOVE_DAYS)
                .findFirst()
                .ifPresentOrElse(
                        computed -> moves.add(new HolidayOverrides.BayramMove(bayram.get(), computed, official)),
                        () -> entry.problem("no computed " + bayram.get().title() + " starts within "
                                + MAX_MOVE_DAYS + " days of " + official + "; is the date or the bayram wrong?"));
    }

    private void readAddition(YamlEntry entry) {
        Optional<HolidayName> name = name(entry);
        int days = entry.has("days") ? entry.integer("days", 1, MAX_SPAN_DAYS).orElse(1) : 1;
        HolidayKind kind = entry.has("kind")
                ? entry.enumValue("kind", HolidayKind.class).orElse(HolidayKind.NATIONAL) : HolidayKind.NATIONAL;
        if (entry.has("date") == entry.has("every")) {
            entry.problem("give either 'date' (a one-off holiday) or 'every' (each year, as MM-dd), not "
                    + (entry.has("date") ? "both" : "neither"));
            return;
        }
        Optional<AddedHoliday> added = entry.has("date")
                ? once(entry, name, days, kind) : yearly(entry, name, days, kind);
        if (entry.valid()) {
            added.ifPresent(additions::add);
        }
    }

    private Optional<AddedHoliday> once(YamlEntry entry, Optional<HolidayName> name, int days, HolidayKind kind) {
        if (entry.has("fromYear") || entry.has("untilYear")) {
            entry.problem("'fromYear' and 'untilYear' go with 'every', not with a one-off 'date'");
        }
        return entry.date("date")
                .filter(date -> supported(entry, date))
                .flatMap(date -> name.map(n -> new AddedHoliday.Once(date, days, n, kind)));
    }

    private Optional<AddedHoliday> yearly(YamlEntry entry, Optional<HolidayName> name, int days, HolidayKind kind) {
        Optional<MonthDay> every = entry.parsed("every", text -> MonthDay.parse(text, MONTH_DAY),
                "a month and day written MM-dd, such as 07-15");
        int fromYear = entry.integer("fromYear", TurkishHolidaySchedule.FIRST_YEAR, TurkishHolidaySchedule.LAST_YEAR)
                .orElse(TurkishHolidaySchedule.FIRST_YEAR);
        int untilYear = entry.integer("untilYear", TurkishHolidaySchedule.FIRST_YEAR, TurkishHolidaySchedule.LAST_YEAR)
                .orElse(TurkishHolidaySchedule.LAST_YEAR);
        if (untilYear < fromYear) {
            entry.problem("'untilYear' " + untilYear + " is before 'fromYear' " + fromYear);
        }
        return every.flatMap(day -> name.map(n -> new AddedHoliday.Yearly(day, days, n, kind, fromYear, untilYear)));
    }

    private void readRemoval(YamlEntry entry) {
        Optional<LocalDate> date = entry.has("date") ? entry.date("date") : missing(entry, "date");
        date.filter(d -> supported(entry, d)).ifPresent(removals::add);
    }

    private Optional<HolidayName> name(YamlEntry entry) {
        Optional<Node> node = entry.node("name");
        if (node.isEmpty()) {
            entry.problem("'name' is missing; give it as name: { en: \"...\", tr: \"...\" }");
            return Optional.empty();
        }
        YamlEntry name = new YamlEntry(entry.labelOf("name"), node.get(), NAME_KEYS, problems);
        Optional<String> en = name.requiredText("en");
        Optional<String> tr = name.requiredText("tr");
        return en.isPresent() && tr.isPresent() ? Optional.of(new HolidayName(en.get(), tr.get())) : Optional.empty();
    }

    private static <T> Optional<T> missing(YamlEntry entry, String key) {
        entry.problem("'" + key + "' is missing");
        return Optional.empty();
    }

    private static boolean supported(YamlEntry entry, LocalDate date) {
        try {
            TurkishHolidaySchedule.requireSupported(date.getYear());
            return true;
        } catch (IllegalArgumentException e) {
            entry.problem(e.getMessage());
            return false;
        }
    }
}

package com.aftercare.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.aftercare.calendar.TurkishCalendar;
import com.aftercare.policy.internal.ShippedPolicyBook;
import com.aftercare.policy.returns.InvoiceType;
import com.aftercare.policy.returns.ReturnItem;
import com.aftercare.policy.returns.ReturnRequest;
import com.aftercare.policy.returns.ReturnRequestPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The message bundles {@code messages/reasons.properties} (English) and {@code messages/reasons_tr.properties}
 * (Turkish) render every {@link Reason} the code can produce. The keys are read from the sources, so a new
 * {@code Reason.of("some.key", ...)} without its two translations fails here, not in front of a customer.
 */
@DisplayName("Reason messages in English and Turkish")
class ReasonMessagesTest {

    /** The tests run from the project root (Maven's and the IDE's default working directory). */
    private static final Path SOURCES = Path.of("src", "main", "java");

    private static final Locale TURKISH = Locale.of("tr");

    /**
     * Keys the code builds by concatenation, so the source scan cannot read them, by the file that builds
     * them. ReturnRequestPolicy.reason(..) builds {@code "return.request." + key} and
     * {@code "return.request.partly." + key}, key being "companyReturnInvoiceNeeded" or "checkedAtReceipt".
     * Their English patterns are checked against the code by running the rule, see
     * {@link #the_built_keys_english_patterns_are_the_codes_defaults()}.
     */
    private static final Map<String, Set<String>> BUILT_KEYS = Map.of(
            "com/aftercare/policy/returns/ReturnRequestPolicy.java", Set.of(
                    "return.request.companyReturnInvoiceNeeded",
                    "return.request.checkedAtReceipt",
                    "return.request.partly.companyReturnInvoiceNeeded",
                    "return.request.partly.checkedAtReceipt"));

    /** Keys translated ahead of the code that produces them (none now). */
    private static final Set<String> AWAITED_KEYS = Set.of();

    // The source patterns come first: the call sites below are read while the class initialises.
    private static final Pattern CALL = Pattern.compile("Reason\\.of\\(\\s*");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern WHITESPACE = Pattern.compile("\\s*");

    private static final List<CallSite> CALL_SITES = scan();
    private static final Map<String, String> ENGLISH = bundle("/messages/reasons.properties");
    private static final Map<String, String> TURKISH_BUNDLE = bundle("/messages/reasons_tr.properties");

    // --- what the code produces -------------------------------------------------------------------------------

    @Test
    void the_source_scan_reads_every_call_site() {
        assertThat(CALL_SITES).as("Reason.of( call sites under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(30);
        Set<String> filesBuildingKeys = CALL_SITES.stream().filter(site -> site.key() == null)
                .map(CallSite::file).collect(Collectors.toCollection(TreeSet::new));
        assertThat(filesBuildingKeys)
                .as("files with Reason.of(..) whose key is not a string literal; list the keys they build in BUILT_KEYS")
                .isEqualTo(new TreeSet<>(BUILT_KEYS.keySet()));
    }

    @Test
    void reasons_are_made_only_through_reason_of() throws IOException {
        List<String> elsewhere = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = relative(file);
            if (!relative.equals("com/aftercare/policy/Reason.java") && read(file).contains("new Reason(")) {
                elsewhere.add(relative);
            }
        }
        assertThat(elsewhere).as("new Reason(..) outside Reason.java escapes the scan; use Reason.of(\"key\", ..)")
                .isEmpty();
    }

    // --- (a) every key in both bundles ------------------------------------------------------------------------

    @Test
    void every_key_the_code_produces_is_in_english_and_turkish() {
        Set<String> keys = producedKeys();
        assertThat(ENGLISH.keySet()).as("keys missing from reasons.properties").containsAll(keys);
        assertThat(TURKISH_BUNDLE.keySet()).as("keys missing from reasons_tr.properties").containsAll(keys);
    }

    @Test
    void every_key_in_the_bundles_is_produced_by_the_code() {
        Set<String> orphans = new TreeSet<>(ENGLISH.keySet());
        orphans.removeAll(producedKeys());
        orphans.removeAll(AWAITED_KEYS);
        assertThat(orphans).as("keys no code produces (renamed or removed?)").isEmpty();
    }

    // --- (b) the same keys ------------------------------------------------------------------------------------

    @Test
    void both_bundles_have_the_same_keys() {
        assertThat(new TreeSet<>(TURKISH_BUNDLE.keySet())).isEqualTo(new TreeSet<>(ENGLISH.keySet()));
    }

    // --- (c) the same placeholders ----------------------------------------------------------------------------

    @Test
    void each_key_has_the_same_placeholders_in_both_languages_numbered_from_zero() {
        Map<String, String> problems = new TreeMap<>();
        ENGLISH.forEach((key, english) -> {
            Set<Integer> inEnglish = placeholders(english, Locale.ENGLISH);
            Set<Integer> inTurkish = placeholders(TURKISH_BUNDLE.getOrDefault(key, english), TURKISH);
            Set<Integer> numbered = IntStream.range(0, inEnglish.size()).boxed().collect(Collectors.toSet());
            if (!inEnglish.equals(numbered)) {
                problems.put(key, "English uses " + inEnglish + ", not {0} to {" + (inEnglish.size() - 1) + "}");
            } else if (!inTurkish.equals(inEnglish)) {
                problems.put(key, "English uses " + inEnglish + ", Turkish " + inTurkish);
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * A lone apostrophe opens a quoted section in MessageFormat and silently swallows what follows, {1}
     * included ("RET-1'e {1}" shows "RET-1e {1}"). Every value is formatted (the code formats its patterns
     * even without arguments), so every apostrophe is written twice.
     */
    @Test
    void apostrophes_are_doubled() {
        Map<String, String> lone = new TreeMap<>();
        ENGLISH.forEach((key, pattern) -> {
            if (pattern.replace("''", "").contains("'")) {
                lone.put("en " + key, pattern);
            }
        });
        TURKISH_BUNDLE.forEach((key, pattern) -> {
            if (pattern.replace("''", "").contains("'")) {
                lone.put("tr " + key, pattern);
            }
        });
        assertThat(lone).as("write an apostrophe as ''").isEmpty();
    }

    // --- (d) the Turkish patterns format ----------------------------------------------------------------------

    @Test
    void every_turkish_pattern_formats_sample_arguments() {
        TURKISH_BUNDLE.forEach((key, pattern) -> {
            Object[] samples = samples(placeholders(ENGLISH.getOrDefault(key, pattern), Locale.ENGLISH).size());
            assertThatCode(() -> {
                String text = new MessageFormat(pattern, TURKISH).format(samples);
                assertThat(text).as(key).doesNotContain("{", "}", "''").isNotBlank();
            }).as(key).doesNotThrowAnyException();
        });
    }

    @Test
    void the_turkish_bundle_is_utf8_with_turkish_letters_not_escapes() throws IOException {
        byte[] bytes;
        try (InputStream in = resource("/messages/reasons_tr.properties")) {
            bytes = in.readAllBytes();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("reasons_tr.properties is not UTF-8 (Spring Boot reads messages as UTF-8)", e);
        }
        assertThat(text).contains("ş", "ğ", "ı", "İ", "ü", "ö", "ç").doesNotContain("\\u");
    }

    // --- (e) English is the code's default pattern ------------------------------------------------------------

    @Test
    void the_english_bundle_is_the_codes_default_pattern() {
        Map<String, String> differences = new TreeMap<>();
        for (CallSite site : CALL_SITES) {
            if (site.key() == null) {
                continue;
            }
            if (site.pattern() == null) {
                differences.put(site.where(), "the default pattern is not a string literal (or literals joined"
                        + " with +) that this test can read; make it one, or compare it here by running the code");
            } else if (!site.pattern().equals(ENGLISH.get(site.key()))) {
                differences.put(site.where(), site.key() + "\n  code:   " + site.pattern() + "\n  bundle: "
                        + ENGLISH.get(site.key()));
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void the_built_keys_english_patterns_are_the_codes_defaults() {
        PolicyVersion policy = ShippedPolicyBook.load().inForceOn(LocalDate.of(2026, 3, 2));
        ReturnRequestPolicy requests = new ReturnRequestPolicy(policy, TurkishCalendar.official());
        ProductCategory refused = policy.parameters().neverReturnable().iterator().next();
        List<Reason> reasons = new ArrayList<>();
        for (InvoiceType invoice : List.of(InvoiceType.INDIVIDUAL, InvoiceType.CORPORATE)) {
            for (List<ProductCategory> items : List.of(List.of(ProductCategory.WATCH),
                    List.of(ProductCategory.WATCH, refused))) {
                List<ReturnItem> lines = IntStream.range(0, items.size())
                        .mapToObj(i -> new ReturnItem("L" + (i + 1), items.get(i))).toList();
                reasons.add(requests.open(new ReturnRequest(istanbul(2026, 3, 2), istanbul(2026, 3, 4), invoice,
                        lines)).overall().reason());
            }
        }
        Set<String> built = BUILT_KEYS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertThat(reasons).extracting(Reason::key).containsExactlyInAnyOrderElementsOf(built);
        assertThat(reasons).allSatisfy(reason ->
                assertThat(ENGLISH.get(reason.key())).as(reason.key()).isEqualTo(reason.defaultPattern()));
    }

    // --- reading the sources ----------------------------------------------------------------------------------

    /**
     * One {@code Reason.of(} in the sources.
     *
     * @param key the key when it is a string literal, else {@code null}
     * @param pattern the default pattern when it is string literals joined with {@code +}, else {@code null}
     */
    private record CallSite(String file, int line, String key, String pattern) {
        String where() {
            return file + ":" + line;
        }
    }

    private static List<CallSite> scan() {
        List<CallSite> sites = new ArrayList<>();
        for (Path file : javaFiles()) {
            String source = read(file);
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                sites.add(callSite(relative(file), line, source, call.end()));
            }
        }
        return List.copyOf(sites);
    }

    /** Reads {@code "key", "pattern" + "more pattern", arguments...)} from {@code at}. */
    private static CallSite callSite(String file, int line, String source, int at) {
        Matcher key = LITERAL.matcher(source).region(at, source.length());
        if (!key.lookingAt()) {
            return new CallSite(file, line, null, null);
        }
        int next = skipWhitespace(source, key.end());
        if (source.charAt(next) != ',') {
            return new CallSite(file, line, null, null); // "prefix." + key
        }
        StringBuilder pattern = new StringBuilder();
        int position = skipWhitespace(source, next + 1);
        while (true) {
            Matcher literal = LITERAL.matcher(source).region(position, source.length());
            if (source.startsWith("\"\"\"", position) || !literal.lookingAt()) {
                return new CallSite(file, line, unescape(key.group(1)), null);
            }
            pattern.append(unescape(literal.group(1)));
            position = skipWhitespace(source, literal.end());
            char after = source.charAt(position);
            if (after == ',' || after == ')') {
                return new CallSite(file, line, unescape(key.group(1)), pattern.toString());
            }
            if (after != '+') {
                return new CallSite(file, line, unescape(key.group(1)), null);
            }
            position = skipWhitespace(source, position + 1);
        }
    }

    private static int skipWhitespace(String source, int from) {
        Matcher space = WHITESPACE.matcher(source).region(from, source.length());
        space.lookingAt();
        return space.end();
    }

    private static String unescape(String javaLiteral) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < javaLiteral.length(); i++) {
            char c = javaLiteral.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = javaLiteral.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(javaLiteral.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(escaped); // \" \' \\
            }
        }
        return text.toString();
    }

    private static Set<String> producedKeys() {
        Set<String> keys = CALL_SITES.stream().map(CallSite::key).filter(key -> key != null)
                .collect(Collectors.toCollection(TreeSet::new));
        BUILT_KEYS.values().forEach(keys::addAll);
        return keys;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCES.toAbsolutePath()
                    + "; the test runs from the project root", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }

    // --- reading the bundles ----------------------------------------------------------------------------------

    /** The bundle as UTF-8 (as Spring Boot's MessageSource reads it), refusing a key written twice. */
    private static Map<String, String> bundle(String name) {
        Set<Object> twice = new TreeSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object before = super.put(key, value);
                if (before != null) {
                    twice.add(key);
                }
                return before;
            }
        };
        try (InputStream in = resource(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(twice).as("keys written twice in %s", name).isEmpty();
        Map<String, String> bundle = new TreeMap<>();
        properties.forEach((key, value) -> bundle.put((String) key, (String) value));
        return bundle;
    }

    private static InputStream resource(String name) {
        InputStream in = ReasonMessagesTest.class.getResourceAsStream(name);
        assertThat(in).as("%s on the classpath", name).isNotNull();
        return in;
    }

    // --- formatting -------------------------------------------------------------------------------------------

    /** The argument indices a pattern shows, found by formatting it with a marker for each argument. */
    private static Set<Integer> placeholders(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        int highest = format.getFormatsByArgumentIndex().length;
        Object[] markers = IntStream.range(0, highest).mapToObj(i -> "\u0001" + i + "\u0002").toArray();
        String text = format.format(markers);
        return IntStream.range(0, highest).filter(i -> text.contains("\u0001" + i + "\u0002")).boxed()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Values of the kinds reasons carry: counts, ISO dates and times, amounts, category names, ids, flags. */
    private static Object[] samples(int count) {
        List<Object> kinds = List.of(14, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
                LocalDateTime.of(2026, 3, 17, 9, 30), new BigDecimal("1250.00").toPlainString(), "TRY",
                ProductCategory.CHARGER, "RET-4, DLV-2", true, 3L);
        return IntStream.range(0, count).mapToObj(i -> kinds.get(i % kinds.size())).toArray();
    }

    private static Instant istanbul(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(TurkishCalendar.ZONE).toInstant();
    }
}

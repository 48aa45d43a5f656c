package com.aftercare.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.FloorRule;
import com.aftercare.policy.PolicyFileException;
import com.aftercare.policy.StatutoryFloor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The statutory floor's file")
class StatutoryFloorParserTest {

    private static StatutoryFloor shipped() throws IOException {
        try (var in = Objects.requireNonNull(StatutoryFloorParserTest.class.getResourceAsStream("/floor/statutory-floor.yaml"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return StatutoryFloorParser.parse(new PolicyFileSource("statutory-floor.yaml", "classpath", text));
        }
    }

    @Test
    @DisplayName("holds LAW-1 to LAW-5, each overriding the store clauses POLICY.md names")
    void shippedRules() throws IOException {
        StatutoryFloor floor = shipped();
        assertThat(floor.rules()).extracting(r -> r.id().value()).containsExactly("LAW-1", "LAW-2", "LAW-3", "LAW-4", "LAW-5");
        assertThat(floor.rule(ClauseId.of("LAW-2")).orElseThrow().overrides().keySet())
                .containsExactly(ClauseId.of("RET-6"), ClauseId.of("PAY-3"));
        assertThat(floor.overridesOf(ShippedPolicyFiles.book().inForceOn(LocalDate.of(2026, 12, 4))))
                .extracting(o -> o.clause().value() + "<" + o.by().id().value())
                .containsExactlyInAnyOrder("RET-1<LAW-1", "RET-6<LAW-2", "PAY-3<LAW-2", "WAR-3<LAW-3", "WAR-8<LAW-4",
                        "DLV-4<LAW-5", "WAR-7<LAW-5");
    }

    @Test
    @DisplayName("a rule governs from the day its law took effect, not the day before")
    void fromItsDateOfEffect() throws IOException {
        FloorRule law1 = shipped().rule(ClauseId.of("LAW-1")).orElseThrow();
        assertThat(law1.effectiveFrom()).isEqualTo(LocalDate.of(2015, 2, 27));
        assertThat(shipped().overriding(ClauseId.of("RET-1"), LocalDate.of(2015, 2, 26))).isEmpty();
        assertThat(shipped().overriding(ClauseId.of("RET-1"), LocalDate.of(2015, 2, 27))).containsExactly(law1);
    }

    @Test
    @DisplayName("is refused with every problem and its line: an unknown store clause, a missing source, a wrong id")
    void refusedWithItsProblems() {
        String text = """
                version: "x"
                rules:
                  LAW-1:
                    effectiveFrom: 2015-02-27
                    title: {en: A, tr: A}
                    text: {en: B, tr: B}
                    overrides:
                      RET-99: {en: C, tr: C}
                  RULE-2:
                    effectiveFrom: 2015-02-27
                """;
        assertThatThrownBy(() -> StatutoryFloorParser.parse(new PolicyFileSource("floor.yaml", "test", text)))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> assertThat(e.problems()).anySatisfy(p ->
                                assertThat(p).startsWith("floor.yaml line 3").contains("missing \"source\""))
                        .anySatisfy(p -> assertThat(p).startsWith("floor.yaml line 8").contains("\"RET-99\" is not a clause"))
                        .anySatisfy(p -> assertThat(p).startsWith("floor.yaml line 9").contains("LAW-1, LAW-2")));
    }
}

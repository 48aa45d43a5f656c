import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The run's figures, and the table that shows them beside the targets of issue 13. */
final class Report {

    record Import(int orders, double seconds, long rssBefore, long rssAfter, long heapBefore, long heapAfter) {
    }

    record Statements(int median, int transactions, long flushing, long connections, int background,
            StatementLog.Window last) {
    }

    record Growth(long total, long made, double seconds) {
    }

    record Query(String name, String path, Load.Result result) {
    }

    record Level(Load.Result http, Service.Cpu cpu, double generatorCpu, Floor.Result floor, Service.Cpu floorCpu) {
    }

    record Backlog(long created, double seconds, long mailsSent, long webhooksDelivered, long mailPending,
            long webhookPending, long mailPendingLater, long webhookPendingLater, int drainSeconds) {
    }

    record Plan(String query, String sql, String plan) {
    }

    record Start(String how, double ready, long rssStarted, long rssAfterLoad) {
    }

    double firstStart;
    Import p3;
    Statements statements;
    long smallCases;
    long largeCases;
    final List<Growth> growth = new ArrayList<>();
    List<Query> p2Small = List.of();
    List<Query> p2Large = List.of();
    final List<Level> p1 = new ArrayList<>();
    Backlog backlog;
    final List<Plan> plans = new ArrayList<>();
    final List<Start> p4 = new ArrayList<>();
    String aotNote;
    String label;

    String markdown(Bench.Profile profile, String loadBefore, String loadAfter, double seconds) {
        StringBuilder t = new StringBuilder();
        t.append("### ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" · ").append(commit()).append(" · ").append(profile.name()).append(" run");
        if (label != null) {
            t.append(" · ").append(label);
        }
        t.append("\n\n");
        t.append(String.format(Locale.ROOT, "Machine: %d cores, %s memory; load average %s before, %s after; the run took %.1f min; JDK %s.%n%n",
                Machine.cores(), Machine.memory(), loadBefore, loadAfter, seconds / 60, Runtime.version()));
        t.append("| what | measured | target |\n|---|---|---|\n");
        for (Level level : p1) {
            Load.Result h = level.http();
            Floor.Result f = level.floor();
            double window = h.seconds();
            t.append(String.format(Locale.ROOT,
                    "| P1 create a RETURN case, %d client%s | **%.0f cases/s**, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%s; CPU: service %.2f, PostgreSQL %.2f, load generator %.2f cores | %s |%n",
                    h.clients(), h.clients() == 1 ? "" : "s", h.perSecond(), h.percentileMillis(50), h.percentileMillis(95),
                    h.percentileMillis(99), h.failed() == 0 ? "" : ", **" + h.failed() + " failed** (" + h.firstFailure() + ")",
                    level.cpu().service() / window, level.cpu().database() / window, level.generatorCpu() / window,
                    h.clients() == 8 ? "≥ 500 cases/s, p99 ≤ 50 ms" : ""));
            t.append(String.format(Locale.ROOT,
                    "| &nbsp;&nbsp;its floor (the same SQL by JDBC), %d client%s | %.0f rounds/s, p50 %.1f ms%s; PostgreSQL %.2f cores → **%.2f× the floor** | %s |%n",
                    f.clients(), f.clients() == 1 ? "" : "s", f.perSecond(), percentile(f.sortedNanos(), 50),
                    f.failed() == 0 ? "" : ", **" + f.failed() + " failed** (" + f.firstFailure() + ")",
                    level.floorCpu().database() / f.seconds(), h.perSecond() / f.perSecond(), "≥ 0.6× the floor"));
        }
        if (statements != null) {
            t.append(String.format(Locale.ROOT,
                    "| statements per create-case | **%d** (median of 5) on %d connection%s, in %d transactions of which **%d flush** the WAL; left out: %d statements of the dispatchers' rounds in the 5 windows | ≤ 15 in all, ≤ 2 transactions that flush |%n",
                    statements.median(), statements.connections(), statements.connections() == 1 ? "" : "s",
                    statements.transactions(), statements.flushing(), statements.background()));
        }
        for (int i = 0; i < p2Small.size(); i++) {
            Query small = p2Small.get(i);
            Query large = i < p2Large.size() ? p2Large.get(i) : null;
            double smallP95 = small.result().percentileMillis(95);
            t.append(String.format(Locale.ROOT, "| P2 %s (`%s`) | %,d cases: p50 %.1f ms, p95 %.1f ms%s", small.name(),
                    small.path().replaceAll("q=[^&]+", "q=…"), smallCases, small.result().percentileMillis(50), smallP95,
                    sampled(small.result())));
            if (large != null) {
                double largeP95 = large.result().percentileMillis(95);
                t.append(String.format(Locale.ROOT, "; %,d cases: p50 %.1f ms, **p95 %.1f ms**, **%.2f×**%s", largeCases,
                        large.result().percentileMillis(50), largeP95, largeP95 / smallP95, sampled(large.result())));
            }
            t.append(" | p95 ≤ 20 ms at 1,000,000, ≤ 1.5× the 10,000 figure |\n");
        }
        for (Growth g : growth) {
            t.append(String.format(Locale.ROOT, "| data: cases made by SQL | %,d in %.0f s (%,d cases in all) | up to 1,000,000 in ≤ 5 min |%n",
                    g.made(), g.seconds(), g.total()));
        }
        if (backlog != null) {
            Backlog b = backlog;
            double rate = b.created() / b.seconds();
            t.append(String.format(Locale.ROOT,
                    "| mail during and after P1 | %,d cases opened by HTTP in the %.0f s of P1 and its floors (%.0f/s); %,d mails sent meanwhile (%.0f/s); **%,d pending** at the end, %,d after %d s more | keeps up with P1's rate |%n",
                    b.created(), b.seconds(), rate, b.mailsSent(), b.mailsSent() / b.seconds(), b.mailPending(),
                    b.mailPendingLater(), b.drainSeconds()));
            t.append(String.format(Locale.ROOT,
                    "| webhooks during and after P1 | %,d delivered meanwhile (%.0f/s); **%,d pending** at the end, %,d after %d s more | keeps up with P1's rate |%n",
                    b.webhooksDelivered(), b.webhooksDelivered() / b.seconds(), b.webhookPending(), b.webhookPendingLater(),
                    b.drainSeconds()));
        }
        if (p3 != null) {
            t.append(String.format(Locale.ROOT,
                    "| P3 NDJSON import | %,d orders in %.1f s: **%,.0f orders/s**; RSS %d → %d MiB, heap used %d → %d MiB | ≥ 10,000 orders/s, heap flat |%n",
                    p3.orders(), p3.seconds(), p3.orders() / p3.seconds(), p3.rssBefore(), p3.rssAfter(), p3.heapBefore(),
                    p3.heapAfter()));
        }
        t.append(String.format(Locale.ROOT, "| first start (an empty database: migrations, demo data) | %.1f s | |%n", firstStart));
        for (Start s : p4) {
            t.append(String.format(Locale.ROOT,
                    "| P4 ready, data present: %s | **%.1f s**; RSS %d MiB after start, **%d MiB** after load | ≤ 5 s; RSS ≤ 400 MiB after load |%n",
                    s.how(), s.ready(), s.rssStarted(), s.rssAfterLoad()));
        }
        if (aotNote != null) {
            t.append("| P4 with an AOT cache | ").append(aotNote).append(" | |\n");
        }
        return t.toString();
    }

    String plans() {
        return plans.stream().map(p -> "#### " + p.query() + "\n\n```sql\n" + p.sql().strip() + "\n```\n\n```\n" + p.plan() + "```\n")
                .collect(Collectors.joining("\n"));
    }

    String plansCollapsed() {
        if (plans.isEmpty()) {
            return "";
        }
        return "<details><summary>The plans of the P2 queries at " + String.format(Locale.ROOT, "%,d", largeCases)
                + " cases (EXPLAIN (ANALYZE, BUFFERS))</summary>\n\n" + plans() + "\n</details>\n";
    }

    static String listing(StatementLog.Window window) {
        StringBuilder out = new StringBuilder("The statements of one create-case request, in the order the server ran them\n"
                + "(connection = backend pid; W = writes):\n\n");
        for (StatementLog.Executed e : window.caused()) {
            out.append(String.format(Locale.ROOT, "[%d]%s %s%n", e.pid(), e.writes() ? " W" : "  ",
                    e.sql().strip().replaceAll("\\s+", " ")));
        }
        out.append("\nLeft out (the dispatchers' rounds that ran in the window):\n");
        window.background().forEach(e -> out.append("  ").append(e.sql().strip().replaceAll("\\s+", " ")).append('\n'));
        out.append("\nLeft out (the driver's one-time type lookups, the pool's checks of idle connections): ").append(window.driverLookups().size()).append('\n');
        return out.toString();
    }

    /** A note when a slow query was measured on fewer requests than asked (the 20 s bound). */
    private static String sampled(Load.Result result) {
        return result.sortedNanos().length < 50 ? " (" + result.sortedNanos().length + " requests in 20 s)" : "";
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes()).strip();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            return "commit " + head + (dirty ? " with changes not committed" : "");
        } catch (IOException e) {
            return "commit unknown";
        }
    }
}

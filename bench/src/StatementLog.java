import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service said to PostgreSQL while one request ran: the server logs every statement (log_statement = all,
 * switched on with ALTER SYSTEM only around the measured requests), the benchmark writes a marker statement of its
 * own before and after each request, and everything between the two markers on other connections is what the
 * request caused, on every connection, after-commit work included.
 *
 * <p>Left out, and listed apart: the work of the service's own timers that happened to run in the window (the mail
 * and webhook dispatchers' rounds, which send what the request queued: the issue counts the request's statements
 * with the dispatchers' sending excluded), and the driver's one-time type lookups on a connection's first use of an
 * array parameter, and the pool's check of a connection that was idle (an empty statement).
 */
final class StatementLog {

    /** One statement as the server ran it: its connection (backend pid), text and parameter values. */
    record Executed(int pid, String sql, List<String> parameters) {

        String verb() {
            String s = sql.strip().toLowerCase();
            return s.isEmpty() ? "(empty: the pool's connection check)" : s.split("\\s+")[0];
        }

        boolean writes() {
            String s = sql.toLowerCase();
            return s.matches("(?s)\\s*(insert|update|delete|merge)\\b.*")
                    || s.matches("(?s)\\s*with\\b.*\\b(insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from)\\b.*");
        }

        boolean transactionControl() {
            String s = sql.strip().toLowerCase();
            return s.equals("begin") || s.equals("commit") || s.equals("rollback");
        }
    }

    /** The statements of one request, the background work left out beside them. */
    record Window(List<Executed> caused, List<Executed> background, List<Executed> driverLookups) {

        /** Transactions on the request's connections: BEGIN..COMMIT, or one statement outside them. */
        List<List<Executed>> transactions() {
            Map<Integer, List<List<Executed>>> byConnection = new LinkedHashMap<>();
            Map<Integer, List<Executed>> open = new LinkedHashMap<>();
            for (Executed e : caused) {
                List<List<Executed>> mine = byConnection.computeIfAbsent(e.pid(), p -> new ArrayList<>());
                String s = e.sql().strip().toLowerCase();
                if (s.equals("begin")) {
                    open.put(e.pid(), new ArrayList<>(List.of(e)));
                } else if (open.containsKey(e.pid())) {
                    open.get(e.pid()).add(e);
                    if (s.equals("commit") || s.equals("rollback")) {
                        mine.add(open.remove(e.pid()));
                    }
                } else {
                    mine.add(List.of(e));
                }
            }
            open.forEach((pid, statements) -> byConnection.get(pid).add(statements));
            return byConnection.values().stream().flatMap(List::stream).toList();
        }

        /**
         * Transactions whose commit waits for the WAL to reach the disk: those that wrote, unless they turned
         * {@code synchronous_commit} off for themselves. (A statement that could write and changed no row is counted
         * too: the log does not say; its commit would not wait.)
         */
        long flushingTransactions() {
            return transactions().stream()
                    .filter(t -> t.stream().anyMatch(Executed::writes))
                    .filter(t -> t.stream().noneMatch(e -> e.sql().replace(" ", "").contains("'synchronous_commit','off'")))
                    .count();
        }

        long connections() {
            return caused.stream().mapToInt(Executed::pid).distinct().count();
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d+ \\w+ \\[(\\d+)\\] \\S+ \\d+ (\\w+):  (.*)$");
    private static final Pattern EXECUTE = Pattern.compile("^(?:statement|execute [^:]+): (.*)$", Pattern.DOTALL);
    private static final Pattern BACKGROUND = Pattern.compile(
            "(?is).*(update\\s+outgoing_mail|from\\s+outgoing_mail|update\\s+webhook_delivery|from\\s+webhook_delivery).*");
    private static final Pattern DRIVER = Pattern.compile("(?is)^\\s*SELECT (n\\.nspname = ANY|typinput=|t\\.typname|pg_type\\.oid|e\\.typdelim).*");

    private final Path file;

    StatementLog(Path file) {
        this.file = file;
    }

    static void enable(Connection admin) throws SQLException {
        set(admin, "all");
    }

    static void disable(Connection admin) throws SQLException {
        set(admin, "none");
    }

    private static void set(Connection admin, String level) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("alter system set log_line_prefix = '%m [%p] %c %x '");
            s.execute("alter system set log_statement = '" + level + "'");
            s.execute("select pg_reload_conf()");
        }
        // The reload reaches the backends at their next command; give it a moment.
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void mark(Connection admin, String marker) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("select 'bench-marker:" + marker + "'");
        }
    }

    /** The statements between {@code bench-marker:<name>:start} and {@code :end}, the benchmark's own left out. */
    Window window(String name) throws IOException {
        List<Executed> all = parse();
        int start = -1;
        int end = -1;
        int ownPid = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).sql().contains("bench-marker:" + name + ":start")) {
                start = i;
                ownPid = all.get(i).pid();
            } else if (all.get(i).sql().contains("bench-marker:" + name + ":end")) {
                end = i;
            }
        }
        if (start < 0 || end < 0) {
            throw new IllegalStateException("The markers of " + name + " are not in " + file
                    + " (is the server's log collector on?)");
        }
        List<Executed> caused = new ArrayList<>();
        List<Executed> background = new ArrayList<>();
        List<Executed> driver = new ArrayList<>();
        for (Executed e : all.subList(start + 1, end)) {
            if (e.pid() == ownPid) {
                continue;
            }
            if (DRIVER.matcher(e.sql()).matches() || e.sql().isBlank()) {
                // the driver's type lookups, and the pool's check of a connection idle for more than half a second
                // (an empty statement), which a busy service does not make
                driver.add(e);
            } else {
                caused.add(e);
            }
        }
        // A transaction that did a timer's work is the timer's, its BEGIN and COMMIT included.
        Window raw = new Window(caused, List.of(), driver);
        List<Executed> kept = new ArrayList<>();
        for (List<Executed> transaction : raw.transactions()) {
            if (transaction.stream().anyMatch(e -> BACKGROUND.matcher(e.sql()).matches()
                    && !e.sql().toLowerCase().contains("insert into outgoing_mail")
                    && !e.sql().toLowerCase().contains("insert into webhook_delivery"))) {
                background.addAll(transaction);
            } else {
                kept.addAll(transaction);
            }
        }
        kept.sort((a, b) -> Integer.compare(caused.indexOf(a), caused.indexOf(b)));
        return new Window(kept, background, driver);
    }

    private List<Executed> parse() throws IOException {
        List<Executed> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int pid = -1;
        String level = null;
        StringBuilder message = null;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                flush(out, pid, level, message);
                pid = Integer.parseInt(m.group(1));
                level = m.group(2);
                message = new StringBuilder(m.group(3));
            } else if (message != null) {
                message.append('\n').append(line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        flush(out, pid, level, message);
        return out;
    }

    private static void flush(List<Executed> out, int pid, String level, StringBuilder message) {
        if (message == null) {
            return;
        }
        String text = message.toString();
        if ("LOG".equals(level)) {
            Matcher m = EXECUTE.matcher(text);
            if (m.matches()) {
                out.add(new Executed(pid, m.group(1), List.of()));
            }
        } else if ("DETAIL".equals(level) && text.regionMatches(true, 0, "parameters: ", 0, 12)) {
            // the values of the statement this connection logged last (other connections' lines may come between)
            for (int i = out.size() - 1; i >= 0; i--) {
                if (out.get(i).pid() == pid) {
                    out.set(i, new Executed(pid, out.get(i).sql(), parameters(text.substring("parameters: ".length()))));
                    break;
                }
            }
        }
    }

    /** {@code $1 = 'a''b', $2 = NULL} → [a'b, null]. */
    static List<String> parameters(String text) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int equals = text.indexOf(" = ", i);
            if (equals < 0) {
                break;
            }
            i = equals + 3;
            if (text.startsWith("NULL", i)) {
                values.add(null);
                i += 4;
            } else if (text.charAt(i) == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == '\'') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                            value.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(c);
                    i++;
                }
                values.add(value.toString());
            }
            int comma = text.indexOf(", $", i);
            if (comma < 0) {
                break;
            }
            i = comma + 2;
        }
        return values;
    }
}

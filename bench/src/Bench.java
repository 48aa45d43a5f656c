import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/run}: starts the service on a fresh embedded PostgreSQL of its own, loads it and prints one table:
 * P1 (create a RETURN case) at 1, 8 and 64 clients beside its JDBC floor, the statements of one create-case, P2
 * (the queue, search and dashboard queries) at 10,000 cases and at the large size with their plans, the mail and
 * webhook backlog after P1, P3 (the NDJSON import) and P4 (ready after a start with data present). Each figure is
 * explained in docs/benchmarks.md.
 */
public final class Bench {

    private static final String AGENT = "demo-agent-token";
    private static final String ADMIN = "demo-admin-token";
    private static final String INTEGRATION = "demo-integration-token";

    /** How big and how long: the full run and the quick one. */
    record Profile(String name, int orders, int floorOrders, long smallCases, long largeCases, Duration warmUp,
            Duration level, int queryRepeats) {

        /** The orders P1 opens its cases on: the first two thirds; then the floor's; the rest carry the made cases. */
        int floorFrom() {
            return orders * 2 / 3;
        }

        int madeFrom() {
            return floorFrom() + floorOrders;
        }

        static Profile of(boolean quick) {
            return quick
                    ? new Profile("quick", 20_000, 2_000, 10_000, 100_000, Duration.ofSeconds(4), Duration.ofSeconds(5), 60)
                    : new Profile("full", 100_000, 4_000, 10_000, 1_000_000, Duration.ofSeconds(10), Duration.ofSeconds(20), 200);
        }
    }

    private final Profile profile;
    private final Path jar;
    private final Path directory;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Report report = new Report();
    private final AtomicInteger nextOrder = new AtomicInteger();
    private Service service;
    private String base;
    private String jdbcUrl;
    private HttpClient office;

    private Bench(Profile profile, Path jar, Path directory) {
        this.profile = profile;
        this.jar = jar;
        this.directory = directory;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean append = true;
        Path jar = null;
        String label = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-append" -> append = false;
                case "--jar" -> jar = Path.of(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (bench/run [--quick] [--jar FILE] [--label TEXT] [--no-append])");
            }
        }
        Path directory = Path.of("target", "bench", "run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(directory);
        Bench bench = new Bench(Profile.of(quick), jar, directory);
        bench.report.label = label;
        long started = System.nanoTime();
        String loadBefore = Machine.loadAverage();
        try {
            bench.measure();
        } catch (Exception e) {
            e.printStackTrace();
            System.err.println("The benchmark stopped: " + e.getMessage() + " (the service's log: " + directory.resolve("service.log") + ")");
            System.out.println(bench.report.markdown(bench.profile, loadBefore, Machine.loadAverage(),
                    (System.nanoTime() - started) / 1e9));
            if (bench.service != null) {
                bench.service.stop();
            }
            System.exit(1);
        } finally {
            if (bench.service != null) {
                bench.service.stop();
            }
        }
        String table = bench.report.markdown(bench.profile, loadBefore, Machine.loadAverage(),
                (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(table);
        Files.writeString(directory.resolve("report.md"), table + "\n" + bench.report.plans());
        if (append) {
            Path docs = Path.of("docs", "benchmarks.md");
            Files.writeString(docs, "\n" + table + "\n" + bench.report.plansCollapsed() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.println("Appended to " + docs + "; plans and statements in " + directory);
        }
        System.exit(0); // the webhook receiver's and the HTTP client's threads end with it
    }

    private void measure() throws Exception {
        int port = freePort();
        int databasePort = freePort();
        base = "http://127.0.0.1:" + port;
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + databasePort + "/aftercare?user=postgres&password=postgres&stringtype=unspecified";
        List<String> launch = new ArrayList<>();
        String options = System.getenv("BENCH_SERVICE_OPTS"); // e.g. a flight recording while profiling
        if (options != null && !options.isBlank()) {
            launch.addAll(List.of(options.trim().split("\\s+")));
        }
        launch.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        service = Service.of(launch, directory, port, databasePort);
        step("starting the service on a fresh database");
        report.firstStart = service.start();
        if (!Files.exists(service.statementLog())) {
            // A jar from before aftercare.embedded-postgres.server-config (an older commit's): the same settings by
            // ALTER SYSTEM, which the server reads at its next start.
            step("restarting once to turn on the server's log collector (this jar cannot pass it settings)");
            try (Connection db = DriverManager.getConnection(jdbcUrl); Statement s = db.createStatement()) {
                s.execute("alter system set logging_collector = on");
                s.execute("alter system set log_directory = '" + service.statementLog().getParent().toAbsolutePath() + "'");
                s.execute("alter system set log_filename = 'postgres.log'");
            }
            service.stop();
            service.start();
        }

        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            Webhooks webhooks = Webhooks.start();
            expect(201, post(ADMIN, "/api/v1/webhooks", "{\"url\": \"" + webhooks.url() + "\"}"));

            importOrders();
            countStatements(db);

            step("P2: cases up to " + profile.smallCases);
            report.smallCases = grow(db, profile.smallCases);
            signInToTheOffice();
            report.p2Small = queries();

            p1(db, webhooks);

            step("P2: cases up to " + String.format(Locale.ROOT, "%,d", profile.largeCases) + " (by SQL)");
            report.largeCases = grow(db, profile.largeCases);
            report.p2Large = queries();
            explainQueries(db);
        }
        p4();
    }

    // ---- P3 ---------------------------------------------------------------------------------------------------

    private void importOrders() throws Exception {
        step("P3: importing " + profile.orders + " orders (NDJSON)");
        long rssBefore = service.residentMib();
        long heapBefore = Machine.heapUsedMib(service.pid());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/order-imports"))
                .header("Authorization", "Bearer " + INTEGRATION)
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> Data.orders(run, 0, profile.orders)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("The import answered " + response.statusCode() + ": " + response.body());
        }
        report.p3 = new Report.Import(profile.orders, seconds, rssBefore, service.residentMib(), heapBefore,
                Machine.heapUsedMib(service.pid()));
    }

    // ---- statements per create-case --------------------------------------------------------------------------

    private void countStatements(Connection db) throws Exception {
        step("counting the statements of a create-case");
        for (int i = 0; i < 50; i++) { // the JIT, the pools and the driver's statement caches warm up
            expect(201, createCase(takeOrder()));
        }
        StatementLog log = new StatementLog(service.statementLog());
        StatementLog.enable(db);
        List<StatementLog.Window> windows = new ArrayList<>();
        String lastOrder = null;
        String lastReference = null;
        try {
            for (int i = 0; i < 5; i++) {
                String order = takeOrder();
                StatementLog.mark(db, "create" + i + ":start");
                HttpResponse<String> answer = createCase(order);
                expect(201, answer);
                Thread.sleep(1_000); // after-commit work, if any, has its moment
                StatementLog.mark(db, "create" + i + ":end");
                lastOrder = order;
                lastReference = field(answer.body(), "reference");
            }
        } finally {
            StatementLog.disable(db);
        }
        Thread.sleep(500);
        for (int i = 0; i < 5; i++) {
            windows.add(log.window("create" + i));
        }
        StatementLog.Window last = windows.getLast();
        report.statements = new Report.Statements(
                windows.stream().mapToInt(w -> w.caused().size()).sorted().toArray()[2],
                last.transactions().size(), last.flushingTransactions(), last.connections(),
                windows.stream().mapToInt(w -> w.background().size()).sum(), last);
        Files.writeString(directory.resolve("statements.txt"), Report.listing(last));
        floor = Floor.of(last.caused(), lastOrder, lastReference);
    }

    private Floor floor;

    // ---- P1 ---------------------------------------------------------------------------------------------------

    private void p1(Connection db, Webhooks webhooks) throws Exception {
        int floorFrom = profile.floorFrom();
        List<String> floorOrders = new ArrayList<>();
        for (int i = floorFrom; i < profile.madeFrom(); i++) {
            floorOrders.add(Data.orderNumber(run, i));
        }
        Load load = new Load(http);
        Load.Work create = client -> {
            int i = nextOrder.getAndIncrement();
            return i >= floorFrom ? null : createCaseRequest(Data.orderNumber(run, i));
        };
        step("P1: warming up (" + profile.warmUp.toSeconds() + " s at 8 clients)");
        load.run(8, profile.warmUp, create, 201);
        long mailsBefore = Data.count(db, "select count(*) from outgoing_mail where status = 'SENT'");
        long webhooksBefore = webhooks.received.get();
        long p1Started = System.nanoTime();
        for (int clients : new int[] {1, 8, 64}) {
            step("P1: " + clients + " client(s), HTTP");
            Service.Cpu before = service.cpu();
            long ownBefore = Machine.ownCpuNanos();
            Load.Result result = load.run(clients, profile.level, create, 201);
            Service.Cpu used = service.cpu().minus(before);
            double own = (Machine.ownCpuNanos() - ownBefore) / 1e9;
            step("P1: " + clients + " client(s), the JDBC floor");
            List<Connection> connections = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                connections.add(DriverManager.getConnection(jdbcUrl));
            }
            Service.Cpu floorBefore = service.cpu();
            Floor.Result floorResult = floor.run(connections, profile.level, floorOrders);
            Service.Cpu floorUsed = service.cpu().minus(floorBefore);
            for (Connection connection : connections) {
                connection.close();
            }
            Thread.sleep(1_000); // their backends end before the next level reads the CPU figures
            report.p1.add(new Report.Level(result, used, own, floorResult, floorUsed));
        }
        double p1Seconds = (System.nanoTime() - p1Started) / 1e9;
        // The cases the HTTP clients opened (the floor's rounds write cases too, but queue no mail of their own).
        long created = report.p1.stream().mapToLong(level -> level.http().ok()).sum();
        long mailsSent = Data.count(db, "select count(*) from outgoing_mail where status = 'SENT'") - mailsBefore;
        long webhooksDelivered = webhooks.received.get() - webhooksBefore;
        long mailPending = Data.count(db, "select count(*) from outgoing_mail where status = 'PENDING'");
        long webhookPending = Data.count(db, "select count(*) from webhook_delivery where status = 'PENDING'");
        step("the mail and webhook backlog after P1: 15 s to drain");
        Thread.sleep(15_000);
        long mailPendingLater = Data.count(db, "select count(*) from outgoing_mail where status = 'PENDING'");
        long webhookPendingLater = Data.count(db, "select count(*) from webhook_delivery where status = 'PENDING'");
        report.backlog = new Report.Backlog(created, p1Seconds, mailsSent, webhooksDelivered, mailPending, webhookPending,
                mailPendingLater, webhookPendingLater, 15);
        webhooks.stop();
    }

    // ---- P2 ---------------------------------------------------------------------------------------------------

    private long grow(Connection db, long total) throws SQLException {
        long started = System.nanoTime();
        long made = Data.growCases(db, run, profile.madeFrom(), total);
        double seconds = (System.nanoTime() - started) / 1e9;
        report.growth.add(new Report.Growth(Data.count(db, "select count(*) from case_file"), made, seconds));
        return Data.count(db, "select count(*) from case_file");
    }

    /** The queries of P2, as an agent's client and pages send them. */
    private List<Report.Query> queries() throws InterruptedException {
        int probe = profile.orders / 3 + 7;
        String orderPart = Data.orderNumber(run, probe).substring(2);
        String[] name = Data.customerName(probe).split(" ");
        String namePart = name[1] + (name.length > 2 ? " " + name[2] : "");
        List<Report.Query> out = new ArrayList<>();
        Load load = new Load(http);
        for (String[] q : new String[][] {
            {"open queue", "/api/v1/cases"},
            {"overdue=true", "/api/v1/cases?overdue=true"},
            {"status=IN_REPAIR", "/api/v1/cases?status=IN_REPAIR"},
            {"type=WARRANTY&overdue=true", "/api/v1/cases?type=WARRANTY&overdue=true"}}) {
            out.add(new Report.Query(q[0], q[1], load.repeat(profile.queryRepeats, i -> get(AGENT, q[1]))));
        }
        Load pages = new Load(office);
        for (String[] q : new String[][] {
            {"search: part of an order number", "/office/search?q=" + encode(orderPart)},
            {"search: part of a customer's name", "/office/search?q=" + encode(namePart)},
            {"dashboard", "/office/dashboard"}}) {
            out.add(new Report.Query(q[0], q[1], pages.repeat(profile.queryRepeats, i -> officePage(q[1]))));
        }
        return out;
    }

    private void explainQueries(Connection db) throws Exception {
        step("EXPLAIN (ANALYZE, BUFFERS) of the P2 queries");
        StatementLog log = new StatementLog(service.statementLog());
        List<Report.Query> queries = report.p2Large;
        StatementLog.enable(db);
        try {
            for (int i = 0; i < queries.size(); i++) {
                Report.Query q = queries.get(i);
                StatementLog.mark(db, "query" + i + ":start");
                HttpClient client = q.path().startsWith("/office") ? office : http;
                HttpRequest request = q.path().startsWith("/office") ? officePage(q.path()) : get(AGENT, q.path());
                client.send(request, HttpResponse.BodyHandlers.discarding());
                StatementLog.mark(db, "query" + i + ":end");
            }
        } finally {
            StatementLog.disable(db);
        }
        Thread.sleep(500);
        for (int i = 0; i < queries.size(); i++) {
            for (StatementLog.Executed e : log.window("query" + i).caused()) {
                String sql = e.sql().toLowerCase();
                if (!sql.strip().startsWith("select") && !sql.strip().startsWith("with")) {
                    continue;
                }
                if (!sql.matches("(?s).*\\b(case_file|case_item|case_deadline|case_event|case_refund|case_warranty|orders|order_lines|order_units|loaner_loan)\\b.*")) {
                    continue;
                }
                report.plans.add(new Report.Plan(queries.get(i).name(), e.sql(), explain(db, e)));
            }
        }
    }

    private String explain(Connection db, StatementLog.Executed e) throws SQLException {
        Floor single = Floor.of(List.of(e), "\u0000", null);
        return single.explain(db, e);
    }

    // ---- P4 ---------------------------------------------------------------------------------------------------

    private void p4() throws Exception {
        step("P4: a start with the data present");
        service.stop();
        double ready = service.start();
        long rssStarted = service.residentMib();
        lightLoad();
        report.p4.add(new Report.Start("java -jar (the boot jar)", ready, rssStarted, service.residentMib()));
        service.stop();

        if (Runtime.version().feature() < 24) {
            report.aotNote = "no AOT cache: JDK " + Runtime.version().feature() + " (needs 24 or newer)";
            return;
        }
        step("P4: the JDK AOT cache (extracting the jar, a training run, a start from the cache)");
        Path extracted = directory.resolve("extracted").toAbsolutePath();
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination", extracted.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("extract.log").toFile()).start();
        if (extract.waitFor() != 0) {
            report.aotNote = "no AOT cache: the jar did not extract (see extract.log)";
            return;
        }
        Path app = Files.list(extracted).filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        Path cache = directory.resolve("aftercare.aot").toAbsolutePath();
        long trainingStarted = System.nanoTime();
        int exit = service.runToEnd(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar", app.toString()));
        double training = (System.nanoTime() - trainingStarted) / 1e9;
        if (!Files.exists(cache)) {
            report.aotNote = "no AOT cache: the training run (exit " + exit + ") wrote none";
            return;
        }
        service = service.withLaunch(List.of("-XX:AOTCache=" + cache, "-jar", app.toString()));
        double aotReady = service.start();
        long aotRss = service.residentMib();
        lightLoad();
        report.p4.add(new Report.Start("extracted jar + AOT cache (training run " + String.format(Locale.ROOT, "%.0f", training)
                + " s, cache " + Files.size(cache) / (1024 * 1024) + " MiB)", aotReady, aotRss, service.residentMib()));
        service.stop();
    }

    /** A little of everything after a start: cases opened at 8 clients, the queue and the office pages. */
    private void lightLoad() throws Exception {
        int until = profile.floorFrom();
        new Load(http).run(8, Duration.ofSeconds(5), client -> {
            int i = nextOrder.getAndIncrement();
            return i >= until ? null : createCaseRequest(Data.orderNumber(run, i));
        }, 201);
        signInToTheOffice();
        new Load(http).repeat(20, i -> get(AGENT, "/api/v1/cases?overdue=true"));
        new Load(office).repeat(10, i -> officePage("/office/dashboard"));
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------

    private String takeOrder() {
        return Data.orderNumber(run, nextOrder.getAndIncrement());
    }

    private HttpResponse<String> createCase(String order) throws IOException, InterruptedException {
        return http.send(createCaseRequest(order), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest createCaseRequest(String order) {
        String body = """
                {"type": "RETURN", "orderNumber": "%s", "items": [{"lineId": "1"}], "channel": "WEB", "requestedAt": null,
                 "description": "Bileği sıktı, iade etmek istiyorum."}""".formatted(order);
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                .header("Authorization", "Bearer " + AGENT)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build();
    }

    private HttpResponse<String> post(String token, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * An agent's session in the back office (form sign-in with its CSRF token), for the pages P2 measures. The
     * session cookie is kept by hand: it is marked Secure, which the JDK's cookie manager keeps off plain http even on
     * the loopback (a browser sends it to localhost).
     */
    private void signInToTheOffice() throws IOException, InterruptedException {
        office = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        HttpResponse<String> page = office.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        officeCookie = sessionCookie(page, null);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String form = "username=demo-agent&password=demo-password&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = office.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", officeCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("The office sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
        }
        officeCookie = sessionCookie(signedIn, officeCookie);
    }

    private String officeCookie;

    private HttpRequest officePage(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", officeCookie).timeout(Duration.ofSeconds(30)).build();
    }

    private static String sessionCookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(otherwise);
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void step(String what) {
        System.out.printf("[%s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), what);
    }

    /** The webhook receiver: answers 204 on the loopback and counts what it received. */
    record Webhooks(HttpServer server, AtomicLong received) {

        static Webhooks start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicLong received = new AtomicLong();
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                received.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return new Webhooks(server, received);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void stop() {
            server.stop(0);
        }
    }
}

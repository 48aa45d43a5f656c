package com.aftercare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One attempt of a delivery lasts at most the connect and read timeouts together, however the receiver answers:
 * otherwise a receiver trickling a byte at a time would hold it past its lease, and another instance would send it
 * again while this one still waits.
 */
@DisplayName("A webhook attempt's deadline")
class WebhookSenderDeadlineTest {

    private static final Duration CONNECT = Duration.ofMillis(500);
    private static final Duration READ = Duration.ofMillis(700);

    private final WebhookSettings settings = new WebhookSettings(CONNECT, READ, Duration.ofSeconds(30), Duration.ofHours(1), 12, 50,
            Duration.ofSeconds(2), new WebhookSettings.Dispatcher(false, Duration.ofSeconds(5)), List.of("127.0.0.1"), null);

    @Test
    @DisplayName("a receiver that trickles its headers is given up at connect + read timeout, well inside the lease")
    void tricklingHeaders() throws Exception {
        try (var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var sender = new WebhookSender(settings, new ReceiverPolicy(settings, InetAddress::getAllByName))) {
            Thread receiver = Thread.ofVirtual().start(() -> trickle(server, "HTTP/1.1 200 OK\r\nX-Slow: " + "a".repeat(40)));
            long started = System.nanoTime();

            Deliveries.Outcome outcome = sender.send(delivery(server), Instant.now());

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(outcome.statusCode()).isNull();
            assertThat(outcome.error()).isEqualTo("no complete answer within 1200 ms");
            assertThat(took).isLessThan(settings.lease());
            receiver.interrupt();
        }
    }

    @Test
    @DisplayName("a receiver that answers 200 and then trickles an endless body is a success at once: the body is not read")
    void endlessBody() throws Exception {
        try (var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             var sender = new WebhookSender(settings, new ReceiverPolicy(settings, InetAddress::getAllByName))) {
            Thread receiver = Thread.ofVirtual().start(() -> trickle(server,
                    "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(40), 2));
            long started = System.nanoTime();

            Deliveries.Outcome outcome = sender.send(delivery(server), Instant.now());

            assertThat(outcome.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(CONNECT.plus(READ));
            receiver.interrupt();
        }
    }

    private static Deliveries.Claimed delivery(ServerSocket server) {
        return new Deliveries.Claimed(UUID.randomUUID(), UUID.randomUUID(), "http://127.0.0.1:" + server.getLocalPort() + "/hook",
                "whsec_test", "CASE_OPENED", "{}", 0);
    }

    private static void trickle(ServerSocket server, String answer) {
        trickle(server, answer, 0);
    }

    /** Reads the request, then writes the answer a byte every 300 ms (after {@code atOnce} bytes sent at once). */
    private static void trickle(ServerSocket server, String answer, int atOnceLines) {
        try (Socket socket = server.accept()) {
            socket.getInputStream().read(new byte[8192]);
            OutputStream out = socket.getOutputStream();
            byte[] bytes = answer.getBytes(StandardCharsets.US_ASCII);
            int head = atOnceLines == 0 ? 0 : answer.indexOf("\r\n\r\n") + 4;
            out.write(bytes, 0, head);
            out.flush();
            for (int i = head; i < bytes.length; i++) {
                out.write(bytes[i]);
                out.flush();
                Thread.sleep(300);
            }
        } catch (IOException | InterruptedException e) {
            // the sender hung up, as it should
        }
    }
}

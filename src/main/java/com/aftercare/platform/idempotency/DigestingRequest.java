package com.aftercare.platform.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request whose body is digested as the handler reads it, so that even a 100,000-line import
 * is fingerprinted without being held in memory.
 */
class DigestingRequest extends HttpServletRequestWrapper {

    private final MessageDigest digest = sha256();
    private ServletInputStream stream;

    DigestingRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Digesting(new DigestInputStream(super.getInputStream(), digest));
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** Reads what the handler left unread and returns the body's SHA-256. */
    String finish() throws IOException {
        getInputStream().transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a whole body, read once and thrown away. */
    static String digestOf(InputStream body) throws IOException {
        MessageDigest digest = sha256();
        try (var in = new DigestInputStream(body, digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a multipart request: each part's name, file name and content, in order. */
    static String digestOfParts(HttpServletRequest request) throws IOException {
        MessageDigest digest = sha256();
        try {
            for (Part part : request.getParts()) {
                digest.update(part.getName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (part.getSubmittedFileName() != null) {
                    digest.update(part.getSubmittedFileName().getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 0);
                try (var in = new DigestInputStream(part.getInputStream(), digest)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException("The upload could not be read", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final class Digesting extends ServletInputStream {

        private final InputStream in;
        private boolean finished;

        Digesting(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("asynchronous reads are not used");
        }
    }
}

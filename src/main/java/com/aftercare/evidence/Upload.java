package com.aftercare.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file's bytes, which may be read more than once: the container keeps a large upload
 * in a temporary file, so a video is streamed (to its hash, then to the store), never held whole.
 */
public interface Upload {

    long size();

    InputStream open() throws IOException;

    /** The first {@code n} bytes (fewer for a shorter file), enough to tell its type. */
    default byte[] head(int n) {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /** Every byte, for the formats whose metadata is rewritten in memory (photos); a video is never read whole. */
    default byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /** The SHA-256 of the content, in lower-case hex, streamed. */
    default String sha256() {
        try (InputStream in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    /** The type its content really is, whatever its name or declared type says; empty for a type we do not know. */
    default java.util.Optional<FileType> sniff() {
        return FileType.sniff(head(FileType.HEAD_BYTES));
    }

    static Upload of(byte[] bytes) {
        byte[] content = bytes == null ? new byte[0] : bytes;
        return new Upload() {
            @Override
            public long size() {
                return content.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
    }

    static Upload of(MultipartFile file) {
        return new Upload() {
            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}

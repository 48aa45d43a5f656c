package com.aftercare.evidence;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * The content of a piece of evidence, kept under the id of the attachment it belongs to. The
 * default keeps it in PostgreSQL ({@code aftercare.evidence.store=postgres}); another store (an
 * S3-compatible bucket, say) is a bean of this type selected by another value of that property,
 * and nothing in the cases changes.
 *
 * <p>A store that does not take part in the database transaction ({@link #transactional()} false)
 * is told to {@link #delete} what it was given when the transaction that stored it rolls back, so a
 * refused upload leaves nothing behind in either place.
 */
public interface EvidenceStore {

    /**
     * Keeps {@code size} bytes read from {@code content} under {@code key}. The caller has checked
     * the content (its type, its size) and computed its SHA-256; the store reads the stream once and
     * does not close it.
     *
     * @throws java.io.UncheckedIOException if the content could not be read or written
     */
    void put(UUID key, String contentType, long size, String sha256, InputStream content);

    /** The content kept under {@code key}, to be read once and closed by the caller; empty if there is none. */
    Optional<InputStream> open(UUID key);

    /** Forgets the content under {@code key}; true if there was any. */
    boolean delete(UUID key);

    /** True if {@link #put} takes part in the caller's database transaction (and so rolls back with it). */
    default boolean transactional() {
        return false;
    }
}

package com.aftercare.cases.attachments;

import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseJournal;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.cases.AttachmentLimits;
import com.aftercare.cases.CaseCommands;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.CaseAttachments;
import com.aftercare.evidence.Upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.evidence.EvidenceStore;
import com.aftercare.identity.Caller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * A store outside the database (an S3-compatible bucket, say) does not roll back with the case: the
 * content it was given is deleted again when the transaction that should have kept the attachment
 * does not commit, and kept when it does. (The PostgreSQL store rolls back with the case itself.)
 */
@DisplayName("An evidence store outside the database forgets what a rolled-back upload gave it")
class OutsideStoreRollbackTest {

    /** A store in memory that, like S3, keeps what it is given at once. */
    static final class OutsideStore implements EvidenceStore {

        final Map<UUID, byte[]> kept = new HashMap<>();

        @Override
        public void put(UUID key, String contentType, long size, String sha256, InputStream content) {
            try {
                kept.put(key, content.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<InputStream> open(UUID key) {
            return Optional.ofNullable(kept.get(key)).map(java.io.ByteArrayInputStream::new);
        }

        @Override
        public boolean delete(UUID key) {
            return kept.remove(key) != null;
        }
    }

    final OutsideStore store = new OutsideStore();
    final CaseRepository repository = mock(CaseRepository.class);
    final CaseJournal journal = mock(CaseJournal.class);
    final CaseId caseId = new CaseId(UUID.randomUUID());
    final Caller agent = new Caller(UUID.randomUUID(), "agent", Set.of());
    EvidenceAttachments attachments;

    @BeforeEach
    void transaction() {
        CaseFile file = mock(CaseFile.class);
        when(file.id()).thenReturn(caseId);
        when(journal.caseFor(caseId, CaseAction.ATTACH)).thenReturn(new CaseAggregate(repository, file));
        attachments = new EvidenceAttachments(repository, journal, store, new AttachmentLimits(DataSize.ofMegabytes(10),
                DataSize.ofMegabytes(25), DataSize.ofMegabytes(10)), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
                DataSize.ofMegabytes(26));
        TransactionSynchronizationManager.initSynchronization();
    }

    @AfterEach
    void end() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    private static CaseCommands.Attach pdf() {
        return new CaseCommands.Attach("DOCUMENT", "invoice.pdf", "application/pdf",
                Upload.of("%PDF-1.7 the invoice".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), null);
    }

    private static void complete(int status) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            synchronization.afterCompletion(status);
        }
    }

    @Test
    void the_content_is_deleted_when_the_case_does_not_keep_the_attachment() {
        doThrow(new IllegalStateException("the database said no")).when(repository).insertAttachment(eq(caseId), any());

        assertThatThrownBy(() -> attachments.attach(caseId, pdf(), agent)).hasMessageContaining("the database said no");
        assertThat(store.kept).hasSize(1);
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(store.kept).isEmpty();
    }

    @Test
    void the_content_stays_when_the_transaction_commits() {
        UUID id = attachments.attach(caseId, pdf(), agent).id();
        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(store.kept).containsOnlyKeys(id);
    }
}

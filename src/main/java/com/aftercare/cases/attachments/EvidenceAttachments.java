package com.aftercare.cases.attachments;

import com.aftercare.cases.CaseAttachments;
import com.aftercare.cases.AttachmentLimits;
import com.aftercare.cases.CaseEvent;
import com.aftercare.cases.CaseFile;
import com.aftercare.cases.FileTooLargeException;
import com.aftercare.cases.core.CaseDeadlines;
import com.aftercare.cases.core.CaseAggregate;
import com.aftercare.cases.core.CaseJournal;
import com.aftercare.cases.core.CaseRepository;
import com.aftercare.evidence.FileType;
import com.aftercare.evidence.ImageMetadata;
import com.aftercare.evidence.Upload;
import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.CaseCommands.Attach;
import com.aftercare.cases.CaseFile.AttachmentInfo;
import com.aftercare.evidence.EvidenceStore;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.InvalidInputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.AbstractResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Photos, videos and documents on a case: RET-5's visual evidence, a carrier's damage report, a
 * service report. The type is decided by the file's content, not its name; a file that is empty,
 * larger than its kind may be ({@link AttachmentLimits}) or not what its kind needs is refused and
 * nothing is stored. A photo loses where it was taken ({@link ImageMetadata}) before it is kept.
 * The case keeps what the file is; its content goes to the {@link EvidenceStore}.
 */
@Service
public class EvidenceAttachments implements CaseAttachments {

    private static final Logger log = LoggerFactory.getLogger(CaseAttachments.class);

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final EvidenceStore store;
    private final AttachmentLimits limits;
    private final long requestLimit;
    private final Clock clock;

    EvidenceAttachments(CaseRepository cases, CaseJournal journal, EvidenceStore store, AttachmentLimits limits, Clock clock,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartLimit) {
        if (limits.largest() > multipartLimit.toBytes()) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + multipartLimit + ") is below the largest of "
                    + "aftercare.attachments.max-bytes.* (" + limits.largest() + " bytes): raise it, or the per-kind message is never seen");
        }
        this.cases = cases;
        this.journal = journal;
        this.store = store;
        this.limits = limits;
        this.requestLimit = multipartLimit.toBytes();
        this.clock = clock;
    }

    @Transactional
    /** The attachment kept, and its case as it now stands. */
    public record Attached(UUID id, CaseFile file) {
    }

    public Attached attach(CaseId id, Attach command, Caller caller) {
        CaseAggregate aCase = journal.caseFor(id, CaseAction.ATTACH);
        CaseFile file = aCase.before();
        Kind kind = kindOf(command.kind());
        Upload upload = command.content() == null ? Upload.of(new byte[0]) : command.content();
        FileType type = check(kind, upload);
        Upload content = withoutLocation(type, upload);
        String sha256 = content.sha256();
        Instant now = clock.instant();
        var info = new AttachmentInfo(UUID.randomUUID(), kind, safeName(command.filename(), type), type.mediaType(),
                Math.toIntExact(content.size()), sha256, command.description(), now, caller.username());
        keep(info, content);
        aCase.insertAttachment(info);
        // DLV-4: the photos customer services asked for have come; the reminder clock is met.
        if (kind == Kind.PHOTO || kind == Kind.VIDEO) {
            file.deadline(CaseDeadlines.PHOTOS).filter(deadline -> deadline.met() == null).ifPresent(deadline ->
                    aCase.putDeadline(deadline.kind(), deadline.due(), deadline.clause(), !now.isAfter(deadline.due()), now));
        }
        journal.note(aCase, now, caller.username(), List.of(), new CaseEvent.AttachmentAdded(info.id(), info.kind().name(), info.filename()));
        return new Attached(info.id(), aCase.current());
    }

    /** The attachment {@code attachmentId} of this case; empty if the case has none by that id. */
    @Override
    public Optional<Stored> find(CaseFile file, UUID attachmentId) {
        return file.attachments().stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .map(info -> new Stored(info, new StoredContent(info)));
    }

    @Override
    public AttachmentLimits limits() {
        return limits;
    }

    /** What an upload above the container's limit is told (it never reached a kind's check). */
    @Override
    public FileTooLargeException uploadTooLarge() {
        return new FileTooLargeException("is larger than the " + AttachmentLimits.size(requestLimit) + " this service takes in one upload. "
                + limits.describe());
    }

    private void keep(AttachmentInfo info, Upload content) {
        try (InputStream in = content.open()) {
            store.put(info.id(), info.contentType(), content.size(), info.sha256(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
        if (!store.transactional() && TransactionSynchronizationManager.isSynchronizationActive()) {
            // A store outside the database (S3, say) forgets the content again if the case does not keep the attachment.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            store.delete(info.id());
                        } catch (RuntimeException e) {
                            log.warn("Content {} of an attachment not kept could not be deleted from the evidence store", info.id(), e);
                        }
                    }
                }
            });
        }
    }

    private Kind kindOf(String kind) {
        try {
            return Kind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "is one of PHOTO, VIDEO, DAMAGE_REPORT, SERVICE_REPORT, DOCUMENT");
        }
    }

    private FileType check(Kind kind, Upload upload) {
        if (upload.size() <= 0) {
            throw new InvalidInputException("file", "is empty; choose the photo, video or document to attach");
        }
        long limit = limits.of(kind);
        if (upload.size() > limit) {
            // Just over the limit, rounded megabytes would read "10.0 MB; at most 10 MB": then the bytes say it.
            boolean close = upload.size() - limit < 100 * 1024;
            throw new FileTooLargeException("is " + (close ? upload.size() + " bytes" : AttachmentLimits.size(upload.size())) + "; a "
                    + kind + " may be at most " + AttachmentLimits.size(limit) + (close ? " (" + limit + " bytes)" : "") + ". "
                    + limits.describe());
        }
        FileType type = upload.sniff().orElse(null);
        if (type == null || !kind.accepts().contains(type)) {
            throw new InvalidInputException("file", "its content is " + (type == null ? "not a file type we accept" : type.mediaType())
                    + "; a " + kind + " must be one of " + kind.accepts().stream().map(FileType::mediaType).sorted().toList()
                    + " (the type is read from the file itself, not its name)");
        }
        return type;
    }

    private static Upload withoutLocation(FileType type, Upload content) {
        try {
            return ImageMetadata.withoutLocation(type, content);
        } catch (ImageMetadata.Unreadable e) {
            throw new InvalidInputException("file", "is a " + type.mediaType() + " photo whose metadata we cannot read, so we cannot "
                    + "remove where it was taken (" + e.getMessage() + "); send it as JPEG instead");
        }
    }

    /** A name that is safe in a header and a file system, ending as its content really is (a JPEG named report.pdf becomes report.jpg). */
    static String safeName(String filename, FileType type) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.length() > 200 || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "attachment";
        }
        int dot = base.lastIndexOf('.');
        String extension = dot > 0 ? base.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!type.extensions().contains(extension)) {
            base = (dot > 0 ? base.substring(0, dot) : base) + "." + type.extensions().getFirst();
        }
        return base;
    }

    /** The content of an attachment as the store has it; opened anew for each read (a range request may read twice). */
    private final class StoredContent extends AbstractResource {

        private final AttachmentInfo info;

        StoredContent(AttachmentInfo info) {
            this.info = info;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return store.open(info.id()).orElseThrow(() -> new FileNotFoundException("The evidence store has no content for attachment "
                    + info.id()));
        }

        @Override
        public long contentLength() {
            return info.size();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getFilename() {
            return info.filename();
        }

        @Override
        public String getDescription() {
            return "attachment " + info.id();
        }
    }
}

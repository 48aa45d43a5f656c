package com.aftercare.cases.internal;

import com.aftercare.cases.CaseAction;
import com.aftercare.cases.CaseId;
import com.aftercare.cases.internal.CaseCommands.Attach;
import com.aftercare.cases.internal.CaseFile.AttachmentInfo;
import com.aftercare.identity.Caller;
import com.aftercare.platform.web.FieldProblem;
import com.aftercare.platform.web.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos, videos and documents on a case: RET-5's visual evidence, a carrier's damage report, a
 * service report. The type is decided by the file's content, not its name; a file that is empty,
 * too large or not what its kind needs is refused and nothing is stored.
 */
@Service
public class CaseAttachments {

    /** What a case keeps, and which content each kind accepts. */
    public enum Kind {
        PHOTO(Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP, FileType.HEIC)),
        VIDEO(Set.of(FileType.MP4)),
        DAMAGE_REPORT(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG)),
        SERVICE_REPORT(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG)),
        DOCUMENT(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG));

        private final Set<FileType> accepts;

        Kind(Set<FileType> accepts) {
            this.accepts = accepts;
        }
    }

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final Clock clock;
    private final int maxBytes;

    CaseAttachments(CaseRepository cases, CaseJournal journal, Clock clock,
            @Value("${aftercare.attachments.max-bytes:20971520}") int maxBytes) {
        this.cases = cases;
        this.journal = journal;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Transactional
    public UUID attach(CaseId id, Attach command, Caller caller) {
        CaseFile file = journal.caseFor(id, CaseAction.ATTACH);
        Kind kind = kindOf(command.kind());
        FileType type = check(kind, command.content());
        byte[] content = ImageMetadata.withoutLocation(type, command.content());
        Instant now = clock.instant();
        var info = new AttachmentInfo(UUID.randomUUID(), kind.name(), safeName(command.filename(), type), type.mediaType(),
                content.length, sha256(content), command.description(), now, caller.username());
        cases.insertAttachment(id, info, content);
        // DLV-4: the photos customer services asked for have come; the reminder clock is met.
        if (kind == Kind.PHOTO || kind == Kind.VIDEO) {
            file.deadline(CaseDeadlines.PHOTOS).filter(deadline -> deadline.met() == null).ifPresent(deadline ->
                    cases.putDeadline(id, deadline.kind(), deadline.due(), deadline.clause(), !now.isAfter(deadline.due()), now));
        }
        journal.note(file, now, caller.username(), "ATTACHMENT_ADDED", List.of(),
                Map.of("attachmentId", info.id().toString(), "kind", info.kind(), "filename", info.filename()));
        return info.id();
    }

    public Optional<byte[]> content(CaseId id, UUID attachmentId) {
        return cases.attachmentContent(id, attachmentId);
    }

    private Kind kindOf(String kind) {
        try {
            return Kind.valueOf(kind == null ? "" : kind.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "is one of PHOTO, VIDEO, DAMAGE_REPORT, SERVICE_REPORT, DOCUMENT");
        }
    }

    private FileType check(Kind kind, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "is empty; choose the photo, video or document to attach");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("file", "is " + content.length / 1024 + " KB; at most " + maxBytes / 1024 + " KB is accepted");
        }
        FileType type = FileType.sniff(content).orElse(null);
        if (type == null || !kind.accepts.contains(type)) {
            problems.add(new FieldProblem("file", "its content is " + (type == null ? "not a file type we accept" : type.mediaType())
                    + "; a " + kind + " must be one of " + kind.accepts.stream().map(FileType::mediaType).sorted().toList()));
            throw new InvalidInputException(problems);
        }
        return type;
    }

    private static String safeName(String filename, FileType type) {
        String base = filename == null ? "" : filename.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.length() > 200) {
            base = "attachment";
        }
        return base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

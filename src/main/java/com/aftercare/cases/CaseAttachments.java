package com.aftercare.cases;

import com.aftercare.evidence.FileType;
import com.aftercare.cases.CaseFile.AttachmentInfo;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.Resource;

/** A case's photos, videos and documents: the kinds it keeps and their limits, and each one's content for download. */
public interface CaseAttachments {

    /** What a case keeps, and which content each kind accepts. */
    enum Kind {
        PHOTO(Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP, FileType.HEIC)),
        VIDEO(Set.of(FileType.MP4)),
        DAMAGE_REPORT(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG)),
        SERVICE_REPORT(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG)),
        DOCUMENT(Set.of(FileType.PDF, FileType.JPEG, FileType.PNG));

        private final Set<FileType> accepts;

        Kind(Set<FileType> accepts) {
            this.accepts = accepts;
        }

        /** A photo or a video: what can show a customer why (RET-5, DLV-4). */
        public boolean visual() {
            return this == PHOTO || this == VIDEO;
        }

        /** The file types this kind takes, read from the content itself. */
        public Set<FileType> accepts() {
            return accepts;
        }
    }

    /** An attachment of a case and its content, read from the store each time it is opened. */
    record Stored(AttachmentInfo info, Resource content) {
    }

    /** The attachment {@code attachmentId} of this case; empty if the case has none by that id. */
    Optional<Stored> find(CaseFile file, UUID attachmentId);

    AttachmentLimits limits();

    /** What an upload above the container's limit is told (it never reached a kind's check). */
    FileTooLargeException uploadTooLarge();
}

package com.aftercare.cases;

import com.aftercare.cases.CaseAttachments.Kind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a file each kind of attachment may be ({@code aftercare.attachments.max-bytes.*}): a
 * photo, a video, and a document (a carrier's damage report, a service report, any other document).
 * The container's multipart limit ({@code spring.servlet.multipart.max-file-size}) must stay above
 * the largest, or its blunter 413 would answer before the per-kind message could.
 */
@ConfigurationProperties("aftercare.attachments.max-bytes")
public record AttachmentLimits(@DefaultValue("10MB") DataSize photo, @DefaultValue("25MB") DataSize video,
                               @DefaultValue("10MB") DataSize document) {

    public AttachmentLimits {
        for (DataSize limit : new DataSize[] {photo, video, document}) {
            if (limit.toBytes() <= 0 || limit.toBytes() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("aftercare.attachments.max-bytes.* must be between 1 byte and 2 GB, not " + limit);
            }
        }
    }

    public long of(Kind kind) {
        return switch (kind) {
            case PHOTO -> photo.toBytes();
            case VIDEO -> video.toBytes();
            case DAMAGE_REPORT, SERVICE_REPORT, DOCUMENT -> document.toBytes();
        };
    }

    public long largest() {
        return Math.max(photo.toBytes(), Math.max(video.toBytes(), document.toBytes()));
    }

    /** "Photos up to 10 MB, videos up to 25 MB, documents up to 10 MB." */
    public String describe() {
        return "Photos may be up to " + size(photo.toBytes()) + ", videos up to " + size(video.toBytes()) + ", documents up to "
                + size(document.toBytes()) + ".";
    }

    /** A size as a person reads it: whole megabytes where it is whole, else one decimal; kilobytes below a megabyte. */
    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

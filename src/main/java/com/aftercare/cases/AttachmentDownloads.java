package com.aftercare.cases;

import com.aftercare.platform.web.NotFoundException;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment as a download, the same for the API, the office and the portal: typed as its
 * content was sniffed, never rendered inline or re-sniffed by the browser, never cached on the way.
 * Who may see the case is the caller's to check before.
 */
public final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    public static ResponseEntity<Resource> of(CaseAttachments attachments, CaseFile file, UUID attachmentId) {
        CaseAttachments.Stored stored = attachments.find(file, attachmentId)
                .orElseThrow(() -> new NotFoundException("Case " + file.reference() + " has no attachment " + attachmentId + "."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.info().contentType()))
                .contentLength(stored.info().size())
                // The stored name is already plain ASCII (CaseAttachments.safeName): nothing to encode or escape.
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(stored.info().filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(stored.content());
    }
}

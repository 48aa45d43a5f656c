/**
 * The bytes of evidence, the photos, videos and documents of a case: what they are ({@link
 * com.aftercare.evidence.FileType}, sniffed from the content, never the name), what must leave them before they are
 * kept ({@link com.aftercare.evidence.ImageMetadata}: the location), how an upload is read ({@link
 * com.aftercare.evidence.Upload}), and where they are kept, behind {@link com.aftercare.evidence.EvidenceStore},
 * chosen by {@code aftercare.evidence.store}. The case keeps what a file is for (its kind, name, size, hash).
 */
package com.aftercare.evidence;

/**
 * Where the bytes of evidence are kept: the photos, videos and documents of a case. The case keeps
 * what a file is (its kind, name, type, size, hash); this module keeps only its content, behind
 * {@link com.aftercare.evidence.EvidenceStore}, chosen by {@code aftercare.evidence.store}.
 */
package com.aftercare.evidence;

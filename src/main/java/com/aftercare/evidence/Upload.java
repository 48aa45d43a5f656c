package com.aftercare.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file's bytes, which may be read more than once: the container keeps a large upload
 * in a temporary file, so a video is streamed (to its hash, then to the store), never held whole.
 */
public interface Upload {

    long size();

    InputStream open() throws IOException;

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

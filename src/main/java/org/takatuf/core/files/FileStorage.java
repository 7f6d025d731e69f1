package org.takatuf.core.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files live: outside the web root, under random names. The local-disk adapter is
 * the default; an S3-compatible adapter can replace it when several nodes run.
 */
public interface FileStorage {

    /** Stores the bytes under a new random name in {@code area} and returns that name. */
    String store(String area, byte[] content, String extension);

    Optional<InputStream> open(String area, String name);

    void delete(String area, String name);
}

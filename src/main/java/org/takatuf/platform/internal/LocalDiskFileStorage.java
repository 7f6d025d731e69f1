package org.takatuf.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.takatuf.core.files.FileStorage;
import org.takatuf.platform.PlatformProperties;

/** Files under {@code <data-dir>/files/<area>/} with random names; never served directly. */
@Component
class LocalDiskFileStorage implements FileStorage {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9-]{1,40}(\\.[a-z0-9]{1,5})?");

    private final Path root;

    LocalDiskFileStorage(PlatformProperties properties) {
        this.root = properties.resolve("files");
    }

    @Override
    public String store(String area, byte[] content, String extension) {
        String name = UUID.randomUUID() + "." + extension;
        Path target = path(area, name);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String area, String name) {
        if (name == null || !SAFE.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = path(area, name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String area, String name) {
        if (name != null && SAFE.matcher(name).matches()) {
            try {
                Files.deleteIfExists(path(area, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Path path(String area, String name) {
        if (!SAFE.matcher(area).matches()) {
            throw new IllegalArgumentException("Bad storage area " + area);
        }
        return root.resolve(area).resolve(name);
    }
}

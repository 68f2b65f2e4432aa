package io.github.camellutron.leap.pairing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files only their owner may read: POSIX {@code rw-------} files in directories created {@code rwx------}.
 * A file is written to a temporary file with those permissions and then moved over the target, so its content is
 * never readable by others, not even when it replaces an older, more open file.
 */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        boolean posix = isPosix(target.getFileSystem());
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE) }
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", ownerOnly);
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static boolean isPosix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}

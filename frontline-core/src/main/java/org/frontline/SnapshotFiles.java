package org.frontline;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the start-up snapshots (the gazetteer's index, the actor catalog's phrase tables) share: naming them after
 * the code that made them, and writing them so that a reader sees a whole file or none. Each snapshot kind keeps its
 * own format and fingerprint; this only holds the file handling they would otherwise each repeat.
 */
public final class SnapshotFiles {
    /** Writes a snapshot's bytes. */
    @FunctionalInterface
    public interface Content {
        void write(DataOutputStream out) throws IOException;
    }

    private SnapshotFiles() {
    }

    /** The class file of {@code c}, for a fingerprint that changes whenever the code that lays out a snapshot does. */
    public static byte[] classFile(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
            if (in == null) {
                throw new FrontlineException("cannot read the class file of " + c.getName());
            }
            return in.readAllBytes();
        }
    }

    /**
     * Writes {@code file} (named {@code kind-<fingerprint>.bin}) through a temporary file moved in place, so that concurrent
     * processes see a whole snapshot or none, then deletes the other snapshots of that kind, which it replaces.
     */
    public static void write(Path file, String kind, Content content) throws IOException {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), kind + "-", ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp),
                    1 << 16))) {
                content.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            try (DirectoryStream<Path> old = Files.newDirectoryStream(file.getParent(), kind + "-*.bin")) {
                for (Path p : old) {
                    if (!p.equals(file)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } finally {
            if (tmp != null) {
                tmp.toFile().delete(); // only a leftover temporary file; the caller reports why
            }
        }
    }
}

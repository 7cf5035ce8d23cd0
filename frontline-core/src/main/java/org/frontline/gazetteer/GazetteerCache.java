package org.frontline.gazetteer;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;
import org.frontline.FrontlineException;
import org.frontline.SnapshotFiles;
import org.frontline.text.NameKey;

/**
 * Snapshots of indexed gazetteers in a directory, so that a process starting cold reads the arrays in tens of
 * milliseconds instead of parsing the TSV and computing every name's keys (a second of CPU for the bundled 105k
 * places, far more for an import). A snapshot is named by a SHA-256 over a checksum of the gazetteer file, the classes
 * that compute keys and lay out the index, and the Java version (its Unicode tables decompose names): any change to
 * one of them makes a new name, so a stale snapshot is never read. Snapshots are written to a temporary file and
 * moved in place, so concurrent processes see a whole file or none; the ones a new snapshot replaces are deleted.
 */
final class GazetteerCache {
    private static final int MAGIC = 0x464c475a; // "FLGZ"
    private static final int FORMAT = 3; // 2: each index's word prefixes (WordPrefixes); 3: tagged key slots
    private static final List<Class<?>> CODE = List.of(NameKey.class, KeyIndexGazetteer.class, PlaceColumns.class,
            PlaceColumns.Utf8Arena.class, KeyPostings.class, WordPrefixes.class, PlaceRank.class, PlaceTsv.class,
            Snapshot.class);
    private static final System.Logger LOG = System.getLogger(GazetteerCache.class.getName());

    private GazetteerCache() {
    }

    /**
     * The gazetteer of {@code gzippedTsv} from its snapshot in {@code dir}, or indexed and snapshotted there.
     *
     * @param kind a file-name word telling gazetteers apart ("bundled"), so that one does not delete another's
     */
    static KeyIndexGazetteer load(String kind, byte[] gzippedTsv, Path dir) {
        Path file = dir.resolve(kind + "-" + fingerprint(gzippedTsv) + ".bin");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
                    1 << 16))) {
                if (in.readInt() == MAGIC && in.readInt() == FORMAT) {
                    KeyIndexGazetteer g = KeyIndexGazetteer.read(in);
                    if (in.readInt() == MAGIC) {
                        return g;
                    }
                }
                LOG.log(Level.WARNING, "gazetteer snapshot " + file + " is not whole: indexing again");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read gazetteer snapshot " + file + " (" + e + "): indexing again");
            }
        }
        KeyIndexGazetteer g = KeyIndexGazetteer.load(new ByteArrayInputStream(gzippedTsv));
        write(g, kind, file);
        return g;
    }

    /** Writes the snapshot; a directory that cannot be written only costs the next start the indexing. */
    private static void write(KeyIndexGazetteer g, String kind, Path file) {
        try {
            SnapshotFiles.write(file, kind, out -> {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                g.write(out);
                out.writeInt(MAGIC);
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write gazetteer snapshot " + file + " (" + e + "): the next start "
                    + "indexes again");
        }
    }

    private static String fingerprint(byte[] gzippedTsv) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + " " + System.getProperty("java.version") + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : CODE) {
                sha.update(SnapshotFiles.classFile(c));
            }
            // the file's bytes by CRC-32C, which the JVM computes in hardware even in C1 code, where SHA-256 of the
            // 3.7 MB bundled file cost a cold start ~60 ms; with the gzip trailer (the content's CRC-32 and size) an
            // edited file goes unnoticed with odds of about 2^-64
            CRC32C crc = new CRC32C();
            crc.update(gzippedTsv);
            int n = gzippedTsv.length;
            sha.update(ByteBuffer.allocate(12).putLong(crc.getValue()).putInt(n).array());
            sha.update(gzippedTsv, Math.max(0, n - 8), Math.min(8, n));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new FrontlineException("cannot fingerprint the gazetteer for its snapshot", e);
        }
    }
}

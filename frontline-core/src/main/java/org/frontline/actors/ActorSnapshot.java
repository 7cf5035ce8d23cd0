package org.frontline.actors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.frontline.FrontlineException;
import org.frontline.SnapshotFiles;
import org.frontline.text.NameKey;
import org.frontline.text.Words;

/**
 * Snapshots of the bundled actor catalog and its recogniser's phrase tables in a directory. Reading the catalog's
 * YAML and expanding its generic patterns over every country adjective (some 60k phrases, each split into words and
 * normalized) was most of a cold start; a snapshot is a plain read of the entries and tables. As for gazetteer
 * snapshots, the file is named by checksums of the catalog files' bytes, of the class files that read the catalog
 * and compute the phrase keys, and the Java version (its Unicode tables normalize the keys), so a stale snapshot is
 * never read; it is written to a temporary file and moved in place, checksummed, and one that cannot be read is
 * logged and built again from the YAML.
 */
final class ActorSnapshot {
    private static final int MAGIC = 0x464c4143; // "FLAC"
    private static final int FORMAT = 1;
    private static final String KIND = "actors";
    private static final long NO_DATE = Long.MIN_VALUE;
    private static final List<Class<?>> CODE = List.of(NameKey.class, Words.class, PhraseMatcher.class,
            CatalogActorRecognizer.class, ActorCatalog.class, CatalogFiles.class, ActorEntry.class, Country.class,
            Regime.class, Link.class, GenericKind.class, ActorSnapshot.class);
    private static final System.Logger LOG = System.getLogger(ActorSnapshot.class.getName());

    private ActorSnapshot() {
    }

    /** The bundled catalog's recogniser from its snapshot in {@code dir}, or built from the YAML and snapshotted. */
    static CatalogActorRecognizer loadBundled(Path dir) {
        Path file = dir.resolve(KIND + "-" + fingerprint(ActorCatalog.bundledFiles()) + ".bin");
        if (Files.isRegularFile(file)) {
            try {
                return read(Files.readAllBytes(file));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read actor snapshot " + file + " (" + e + "): building from the "
                        + "catalog");
            }
        }
        CatalogActorRecognizer r = new CatalogActorRecognizer(ActorCatalog.loadBundled());
        write(r, file);
        return r;
    }

    /**
     * The recogniser of a whole snapshot: magic, format, the payload's length, the payload (catalog, then phrase
     * tables) and its CRC-32C, so that a file cut short or damaged is known before a byte of it is believed.
     */
    private static CatalogActorRecognizer read(byte[] file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not an actor snapshot of format " + FORMAT);
        }
        int length = readCount(in);
        CRC32C crc = new CRC32C();
        crc.update(file, 3 * Integer.BYTES, length);
        in.skipNBytes(length);
        if (in.readLong() != crc.getValue()) {
            throw new IOException("checksum mismatch: the file is damaged or cut short");
        }
        DataInputStream payload = new DataInputStream(new ByteArrayInputStream(file, 3 * Integer.BYTES, length));
        CatalogActorRecognizer r = CatalogActorRecognizer.read(payload, readCatalog(payload));
        if (payload.available() != 0) {
            throw new IOException(payload.available() + " bytes left unread");
        }
        return r;
    }

    /** Writes the snapshot; a directory that cannot be written only costs the next start the building. */
    private static void write(CatalogActorRecognizer r, Path file) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
            try (DataOutputStream payload = new DataOutputStream(bytes)) {
                writeCatalog(payload, r.catalog());
                r.write(payload);
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            SnapshotFiles.write(file, KIND, out -> {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeInt(bytes.size());
                bytes.writeTo(out);
                out.writeLong(crc.getValue());
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write actor snapshot " + file + " (" + e + "): the next start builds "
                    + "again");
        }
    }

    /**
     * The snapshot's name: a SHA-256 over the format, the Java version, and the CRC-32 and CRC-32C of each class
     * file and catalog file. The JVM computes both checksums in hardware even in a C1-only start, where a SHA-256 of
     * the same 300 kB cost ~80 ms; two different polynomials make an edit go unnoticed with odds of about 2^-64.
     *
     * @param files the catalog files by name, in load order
     */
    static String fingerprint(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + " " + System.getProperty("java.version") + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : CODE) {
                checksum(sha, c.getName(), SnapshotFiles.classFile(c));
            }
            files.forEach((name, bytes) -> checksum(sha, name, bytes));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new FrontlineException("cannot fingerprint the actor catalog for its snapshot", e);
        }
    }

    private static void checksum(MessageDigest sha, String name, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        CRC32C crcc = new CRC32C();
        crcc.update(bytes);
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update(ByteBuffer.allocate(20).putInt(bytes.length).putLong(crc.getValue()).putLong(crcc.getValue())
                .array());
    }

    private static void writeCatalog(DataOutputStream out, ActorCatalog catalog) throws IOException {
        List<ActorEntry> entries = catalog.entries();
        out.writeInt(entries.size());
        for (ActorEntry e : entries) {
            writeEntry(out, e);
        }
        List<Country> countries = catalog.countries();
        out.writeInt(countries.size());
        for (Country c : countries) {
            out.writeUTF(c.iso2());
            out.writeUTF(c.name());
            out.writeBoolean(c.article());
            writeStrings(out, c.adjectives());
            out.writeInt(c.regimes().size());
            for (Regime r : c.regimes()) {
                out.writeUTF(r.years());
                writeString(out, r.suffix());
                writeDate(out, r.from());
                writeDate(out, r.until());
            }
        }
        out.writeInt(catalog.patterns().size());
        for (Map.Entry<GenericKind, List<String>> p : catalog.patterns().entrySet()) {
            out.writeUTF(p.getKey().key());
            writeStrings(out, p.getValue());
        }
    }

    private static ActorCatalog readCatalog(DataInputStream in) throws IOException {
        int n = readCount(in);
        List<ActorEntry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(readEntry(in));
        }
        int nc = readCount(in);
        List<Country> countries = new ArrayList<>(nc);
        for (int i = 0; i < nc; i++) {
            String iso2 = in.readUTF();
            String name = in.readUTF();
            boolean article = in.readBoolean();
            List<String> adjectives = readStrings(in);
            int nr = readCount(in);
            List<Regime> regimes = new ArrayList<>(nr);
            for (int j = 0; j < nr; j++) {
                regimes.add(new Regime(in.readUTF(), readString(in), readDate(in), readDate(in)));
            }
            countries.add(new Country(iso2, name, article, adjectives, regimes));
        }
        int np = readCount(in);
        Map<GenericKind, List<String>> patterns = new EnumMap<>(GenericKind.class);
        for (int i = 0; i < np; i++) {
            patterns.put(GenericKind.ofKey(in.readUTF()), readStrings(in));
        }
        return ActorCatalog.of(new CatalogFiles.Contents(entries, countries, patterns));
    }

    private static void writeEntry(DataOutputStream out, ActorEntry e) throws IOException {
        out.writeUTF(e.id());
        out.writeUTF(e.name());
        out.writeUTF(e.side());
        out.writeInt(e.inter());
        out.writeUTF(e.country());
        writeString(out, e.state());
        writeString(out, e.standsFor() == null ? null : e.standsFor().key());
        writeStrings(out, e.aliases());
        writeStrings(out, e.localAliases());
        writeString(out, e.renamedTo());
        writeDate(out, e.renamedOn());
        out.writeBoolean(e.mergedInto() != null);
        if (e.mergedInto() != null) {
            writeLink(out, e.mergedInto());
        }
        out.writeInt(e.memberOf().size());
        for (Link l : e.memberOf()) {
            writeLink(out, l);
        }
        writeDate(out, e.founded());
        writeString(out, e.before());
        out.writeBoolean(e.acledSeen());
        writeString(out, e.note());
    }

    private static ActorEntry readEntry(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        String side = in.readUTF();
        int inter = in.readInt();
        String country = in.readUTF();
        String state = readString(in);
        String standsFor = readString(in);
        List<String> aliases = readStrings(in);
        List<String> localAliases = readStrings(in);
        String renamedTo = readString(in);
        LocalDate renamedOn = readDate(in);
        Link mergedInto = in.readBoolean() ? readLink(in) : null;
        int nm = readCount(in);
        List<Link> memberOf = new ArrayList<>(nm);
        for (int i = 0; i < nm; i++) {
            memberOf.add(readLink(in));
        }
        return new ActorEntry(id, name, side, inter, country, state,
                standsFor == null ? null : GenericKind.ofKey(standsFor), aliases, localAliases, renamedTo, renamedOn,
                mergedInto, memberOf, readDate(in), readString(in), in.readBoolean(), readString(in));
    }

    private static void writeLink(DataOutputStream out, Link l) throws IOException {
        out.writeUTF(l.id());
        writeDate(out, l.from());
        writeDate(out, l.until());
    }

    private static Link readLink(DataInputStream in) throws IOException {
        return new Link(in.readUTF(), readDate(in), readDate(in));
    }

    private static void writeDate(DataOutputStream out, LocalDate d) throws IOException {
        out.writeLong(d == null ? NO_DATE : d.toEpochDay());
    }

    private static LocalDate readDate(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = readCount(in);
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(in.readUTF());
        }
        return list;
    }

    /** A nullable string. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String readString(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /**
     * A count of things that follow, each of at least a byte: at most what is left of the snapshot (read whole into
     * memory), so that a garbled count fails here instead of allocating gigabytes.
     */
    static int readCount(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("count " + n + " does not fit the " + in.available() + " bytes left");
        }
        return n;
    }

    /** Strings as their UTF-8 lengths, then one block of UTF-8: it reads back faster than a string at a time. */
    static void writeKeys(DataOutputStream out, List<String> keys) throws IOException {
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        out.writeInt(keys.size());
        for (String k : keys) {
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            utf8.write(b);
        }
        out.writeInt(utf8.size());
        utf8.writeTo(out);
    }

    /** Reads what {@link #writeKeys} wrote. */
    static String[] readKeys(DataInputStream in) throws IOException {
        int[] lengths = new int[readCount(in)];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = in.readInt();
        }
        byte[] utf8 = new byte[readCount(in)];
        in.readFully(utf8);
        String[] keys = new String[lengths.length];
        for (int i = 0, at = 0; i < keys.length; at += lengths[i], i++) {
            keys[i] = new String(utf8, at, lengths[i], StandardCharsets.UTF_8);
        }
        return keys;
    }
}

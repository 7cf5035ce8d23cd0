package org.frontline.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Primitive arrays and strings to and from a stream in bulk (big-endian, each array preceded by its length): the
 * compact gazetteer is nothing but such arrays, so a snapshot of it loads at the speed of a file read instead of
 * parsing a TSV and computing a million name keys.
 */
final class Snapshot {
    private static final int CHUNK = 1 << 16;

    private Snapshot() {
    }

    static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        write(out, a.length, Integer.BYTES, (buf, from, n) -> buf.asIntBuffer().put(a, from, n));
    }

    static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[length(in)];
        read(in, a.length, Integer.BYTES, (buf, from, n) -> buf.asIntBuffer().get(a, from, n));
        return a;
    }

    static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        write(out, a.length, Long.BYTES, (buf, from, n) -> buf.asLongBuffer().put(a, from, n));
    }

    static long[] readLongs(DataInputStream in) throws IOException {
        long[] a = new long[length(in)];
        read(in, a.length, Long.BYTES, (buf, from, n) -> buf.asLongBuffer().get(a, from, n));
        return a;
    }

    /** Copies elements [from, from + n) of an array into or out of a buffer of their bytes. */
    private interface Transfer {
        void apply(ByteBuffer buf, int from, int n);
    }

    private static void write(DataOutputStream out, int length, int width, Transfer fill) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(Math.min(length, CHUNK) * width);
        for (int i = 0; i < length; i += CHUNK) {
            int n = Math.min(CHUNK, length - i);
            buf.clear();
            fill.apply(buf, i, n);
            out.write(buf.array(), 0, n * width);
        }
    }

    private static void read(DataInputStream in, int length, int width, Transfer drain) throws IOException {
        byte[] buf = new byte[Math.min(length, CHUNK) * width];
        for (int i = 0; i < length; i += CHUNK) {
            int n = Math.min(CHUNK, length - i);
            in.readFully(buf, 0, n * width);
            drain.apply(ByteBuffer.wrap(buf, 0, n * width), i, n);
        }
    }

    /** Doubles by their exact bits: a coordinate read back is the one written, to the last bit. */
    static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
        long[] bits = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            bits[i] = Double.doubleToRawLongBits(a[i]);
        }
        writeLongs(out, bits);
    }

    static double[] readDoubles(DataInputStream in) throws IOException {
        long[] bits = readLongs(in);
        double[] a = new double[bits.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Double.longBitsToDouble(bits[i]);
        }
        return a;
    }

    static void writeBytes(DataOutputStream out, byte[] a, int length) throws IOException {
        out.writeInt(length);
        out.write(a, 0, length);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] a = new byte[length(in)];
        in.readFully(a);
        return a;
    }

    /** A nullable string. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeBytes(out, b, b.length);
        }
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative array length " + n + ": not a gazetteer snapshot");
        }
        return n;
    }
}

package dk.samspil.importing.file;

import java.nio.charset.StandardCharsets;

/**
 * The keys a file has delivered so far, to find a row that delivers the same thing twice (a
 * meeting_ref, an outcome's case and month, a self-assessment's element): the database could store
 * only one, so the row is an error with its line, never a write that fails. Kept small for
 * files of millions of rows: a 64-bit hash of each key and the line it was first seen on, in two
 * primitive arrays (12 bytes a key, 24 MB for a million rows at most). Two different keys share a
 * hash with a probability of about n²/2⁶⁵: for ten million rows, 3 in a million files.
 */
final class DuplicateKeys {

    private static final int INITIAL = 1 << 10;

    private long[] hashes = new long[INITIAL];
    private int[] lines = new int[INITIAL];
    private int size;

    /**
     * Remembers the key as seen on this line and answers 0, or, when the file has delivered it
     * before, the line it first came on.
     */
    long firstLine(String key, long line) {
        return firstLine(hash(key), line);
    }

    /** As {@link #firstLine(String, long)}, for a key already hashed ({@link Hash}). */
    long firstLine(long hash, long line) {
        int mask = hashes.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = hash;
                lines[i] = (int) Math.min(line, Integer.MAX_VALUE);
                if (++size * 4 > hashes.length * 3) {
                    grow();
                }
                return 0;
            }
            if (hashes[i] == hash) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldHashes[j] != 0) {
                int i = (int) oldHashes[j] & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                lines[i] = oldLines[j];
            }
        }
    }

    /** FNV-1a over the UTF-8 bytes, then a finaliser that spreads the bits; never 0 (the empty slot). */
    static long hash(String key) {
        Hash h = new Hash();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h.add(b & 0xFF);
        }
        return h.value();
    }

    /**
     * A key's hash built from its parts, without making a string of them first (a row's key is
     * hashed once a row, millions of times for a big file). Parts are separated, so ("ab", "c") and
     * ("a", "bc") differ.
     */
    static final class Hash {
        private long h = 0xcbf29ce484222325L;

        private void add(int value) {
            h ^= value;
            h *= 0x100000001b3L;
        }

        Hash text(String part) {
            for (int i = 0; i < part.length(); i++) {
                add(part.charAt(i));
            }
            add(0x1F_0000);
            return this;
        }

        Hash number(long part) {
            add((int) part);
            add((int) (part >>> 32));
            add(0x1F_0000);
            return this;
        }

        long value() {
            long v = h;
            v ^= v >>> 33;
            v *= 0xff51afd7ed558ccdL;
            v ^= v >>> 33;
            v *= 0xc4ceb9fe1a85ec53L;
            v ^= v >>> 33;
            return v == 0 ? 1 : v;
        }
    }
}

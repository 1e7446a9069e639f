package org.medlist.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Every source's interaction rows, held in primitive arrays sorted by ingredient pair and found
 * through an open-addressing hash index: ~200k rows load in a fraction of a second and take a few megabytes. Row objects
 * are made only for the pairs asked about.
 *
 * <p>File format (gzip): int magic, int row count, then per row: int a, int b (ingredient numbers,
 * a &lt; b), byte source (its stable number: position in {@link #SOURCES}, append only), byte severity
 * ({@link Severity#storedCode()}, never the ordinal), int grade, int condition, int mechanism, int reference
 * (numbers into the text table), byte DeepDDI type (0 for other sources), byte subject (0 none, 1 = a, 2 = b:
 * the ingredient the type sentence calls #Drug1). A DrugBank row's mechanism is stored once per type, as
 * the template with #Drug1/#Drug2, and filled with the two names when the row is made.
 */
public final class InteractionTable {
    public static final int MAGIC = 0x4d4c4932; // "MLI2"
    /** The interaction sources, by their number in the file. Append only. */
    public static final List<String> SOURCES = List.of("DDINTER", "ANSM2020", "NDFRT", "ONC_HP", "ONC_NI", "DRUGBANK");

    private final long[] keys;
    private final byte[] source;
    private final byte[] severity;
    private final int[] grade;
    private final int[] condition;
    private final int[] mechanism;
    private final int[] reference;
    private final byte[] drugbankType;
    private final byte[] subject;
    private final String[] ingredients;
    private final String[] texts;
    /** Open-addressing index: pair key → first row of that pair (keys are sorted, so a pair's rows are adjacent). */
    private long[] slotKeys;
    private int[] slotRows;

    private InteractionTable(int n, String[] ingredients, String[] texts) {
        keys = new long[n];
        source = new byte[n];
        severity = new byte[n];
        grade = new int[n];
        condition = new int[n];
        mechanism = new int[n];
        reference = new int[n];
        drugbankType = new byte[n];
        subject = new byte[n];
        this.ingredients = ingredients;
        this.texts = texts;
    }

    public static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    static InteractionTable read(InputStream gz, String[] ingredients, String[] texts) {
        ByteBuffer buf;
        try (InputStream in = new GZIPInputStream(gz, 1 << 16)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 << 20);
            in.transferTo(bytes);
            buf = ByteBuffer.wrap(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (buf.getInt() != MAGIC) throw new IllegalStateException("The bundled interaction table has an unknown format; rebuild it.");
        int n = buf.getInt();
        InteractionTable t = new InteractionTable(n, ingredients, texts);
        for (int i = 0; i < n; i++) {
            int a = buf.getInt();
            int b = buf.getInt();
            t.keys[i] = key(a, b);
            t.source[i] = buf.get();
            t.severity[i] = buf.get();
            Severity.fromStoredCode(t.severity[i]); // refuses a code this version does not know
            if (t.source[i] < 0 || t.source[i] >= SOURCES.size()) throw new IllegalStateException("bad source in row " + i);
            t.grade[i] = buf.getInt();
            t.condition[i] = buf.getInt();
            t.mechanism[i] = buf.getInt();
            t.reference[i] = buf.getInt();
            t.drugbankType[i] = buf.get();
            t.subject[i] = buf.get();
        }
        t.index();
        return t;
    }

    private void index() {
        int capacity = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
        slotKeys = new long[capacity];
        slotRows = new int[capacity];
        java.util.Arrays.fill(slotRows, -1);
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) continue;
            int s = slot(keys[i]);
            while (slotRows[s] != -1) s = (s + 1) & (capacity - 1);
            slotKeys[s] = keys[i];
            slotRows[s] = i;
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (slotKeys.length - 1);
    }

    /** The first row of the pair, or -1. */
    private int first(long k) {
        int s = slot(k);
        while (slotRows[s] != -1) {
            if (slotKeys[s] == k) return slotRows[s];
            s = (s + 1) & (slotKeys.length - 1);
        }
        return -1;
    }

    public int size() { return keys.length; }

    /** All rows for the pair of ingredient numbers, in file order. */
    List<InteractionRow> rows(int a, int b) {
        long k = key(a, b);
        int i = first(k);
        if (i < 0) return List.of();
        List<InteractionRow> out = new ArrayList<>(2);
        for (; i < keys.length && keys[i] == k; i++) out.add(row(i));
        return out;
    }

    void forEach(java.util.function.Consumer<InteractionRow> action) {
        for (int i = 0; i < keys.length; i++) action.accept(row(i));
    }

    boolean has(int a, int b) {
        return first(key(a, b)) >= 0;
    }

    private InteractionRow row(int i) {
        String a = ingredients[(int) (keys[i] >>> 32)];
        String b = ingredients[(int) keys[i]];
        int type = drugbankType[i] & 0xff;
        String subjectName = subject[i] == 1 ? a : subject[i] == 2 ? b : "";
        String mechanismText = texts[mechanism[i]];
        if (type > 0 && !subjectName.isEmpty()) {
            String other = subjectName.equals(a) ? b : a;
            mechanismText = mechanismText.replace("#Drug1", subjectName).replace("#Drug2", other);
        }
        return new InteractionRow(a, b, SOURCES.get(source[i]), texts[grade[i]], Severity.fromStoredCode(severity[i]),
                texts[condition[i]], mechanismText, texts[reference[i]], type, subjectName);
    }
}

package org.takatuf.core.text;

import java.io.IOException;
import java.io.Writer;

import org.jspecify.annotations.Nullable;

/**
 * CSV exports that a spreadsheet opens safely: every cell quoted, and a cell that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe (CSV injection).
 * Lines end with CRLF (RFC 4180).
 */
public final class Csv {

    private Csv() {
    }

    /** The value with a leading apostrophe when a spreadsheet would read it as a formula; never null. */
    public static String neutralised(@Nullable String value) {
        String v = value == null ? "" : value;
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    /** One quoted, neutralised cell. */
    public static String cell(@Nullable String value) {
        return "\"" + neutralised(value).replace("\"", "\"\"") + "\"";
    }

    /** One line of cells, comma-separated, ending with CRLF. */
    public static void line(Writer out, @Nullable String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }
}

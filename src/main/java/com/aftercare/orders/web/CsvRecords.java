package com.aftercare.orders.web;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time: fields separated by commas, quoted with double quotes
 * when they hold commas, quotes ("" inside) or line breaks. Tracks the physical line each record
 * starts on, so that errors point where the client's editor does.
 */
final class CsvRecords {

    /** One record and the 1-based line it starts on. */
    record CsvRecord(long line, List<String> fields) {
    }

    /** A quoted field that never ends: everything after it would be misread. */
    static final class UnterminatedQuote extends IOException {
        final long line;

        UnterminatedQuote(long line) {
            super("a quoted field opened on line " + line + " is never closed");
            this.line = line;
        }
    }

    private final Reader reader;
    private long line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** The next record that is not an empty line, or null at the end. */
    CsvRecord next() throws IOException {
        while (true) {
            int first = read();
            if (first == -1) {
                return null;
            }
            if (first == '\r' || first == '\n') {
                endOfLine(first);
                continue;
            }
            unread(first);
            return record();
        }
    }

    private CsvRecord record() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new UnterminatedQuote(start);
                } else if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(after);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == -1 || c == '\r' || c == '\n') {
                fields.add(field.toString());
                if (c != -1) {
                    endOfLine(c);
                }
                return new CsvRecord(start, fields);
            } else {
                field.append((char) c);
            }
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                unread(after);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}

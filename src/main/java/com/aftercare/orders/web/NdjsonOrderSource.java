package com.aftercare.orders.web;

import java.io.BufferedReader;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** NDJSON: one order per line, in the shape of the PUT body. Blank lines are skipped but counted. */
final class NdjsonOrderSource implements OrderSource {

    private final BufferedReader reader;
    private final ObjectMapper json;
    private long lineNumber;

    NdjsonOrderSource(BufferedReader reader, ObjectMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @Override
    public ImportItem next() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                return parse(line);
            }
        }
        return null;
    }

    private ImportItem parse(String line) {
        try {
            return ImportItem.parsed(lineNumber, json.readTree(line));
        } catch (JacksonException malformed) {
            return ImportItem.unreadable(lineNumber, "not valid JSON: " + malformed.getOriginalMessage());
        }
    }
}

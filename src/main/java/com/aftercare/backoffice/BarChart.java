package com.aftercare.backoffice;

import com.aftercare.cases.CaseStatistics.Count;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by {@code office/dashboard.html}: the geometry is
 * worked out here, the labels (translated by their message prefix) in the template. The same
 * counts are shown as a table under the chart, for screen readers and for anyone who wants numbers.
 *
 * @param labels the message key prefix of the bars' labels ("type.", "status."), or null to show the keys
 */
record BarChart(String id, String labels, List<Bar> bars, int height) {

    static final int ROW = 30;
    static final int BAR_X = 250;
    static final int BAR_MAX = 290;

    record Bar(String key, long count, int y, int width) {

        public int textY() {
            return y + 19;
        }

        public int valueX() {
            return BAR_X + width + 6;
        }
    }

    static BarChart of(String id, String labels, List<Count> counts) {
        long max = counts.stream().mapToLong(Count::count).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count c = counts.get(i);
            int width = max == 0 ? 0 : (int) Math.max(2, Math.round((double) c.count() * BAR_MAX / max));
            bars.add(new Bar(c.key(), c.count(), i * ROW, width));
        }
        return new BarChart(id, labels, List.copyOf(bars), Math.max(ROW, counts.size() * ROW));
    }

    public boolean empty() {
        return bars.isEmpty();
    }
}

package org.rookery.adapters.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Prometheus text scrape read into its samples ({@code name{labels}} → value), with the metric
 * families it names. A test fixture; immutable.
 */
public final class MetricsScrape {
    private final Map<String, Double> samples = new LinkedHashMap<>();
    private final String text;

    public MetricsScrape(String text) {
        this.text = text;
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
    }

    public String text() {
        return text;
    }

    /** The value of one series, written as in the scrape ({@code name{a="x",b="y"}}), or 0 if absent. */
    public double value(String series) {
        return samples.getOrDefault(series, 0.0);
    }

    /** Every series' name and labels. */
    public Set<String> series() {
        return samples.keySet();
    }

    /** The sample names (with their _total, _bucket, _count, _sum suffixes as written). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String s : samples.keySet()) {
            int brace = s.indexOf('{');
            names.add(brace < 0 ? s : s.substring(0, brace));
        }
        return names;
    }
}

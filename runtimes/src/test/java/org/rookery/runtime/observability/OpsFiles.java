package org.rookery.runtime.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The operator files of docs/ops read for tests: the rules' alerts, records and expressions, the
 * dashboards' queries, and the metric names a PromQL expression uses. A test fixture; stateless.
 */
final class OpsFiles {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path OPS = ROOT.resolve("docs/ops");
    static final Path RULES = OPS.resolve("prometheus/rookery.rules.yml");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring", "group_left",
            "group_right", "offset", "bool", "inf", "nan", "Inf", "NaN");

    private OpsFiles() {}

    /** Every rule of the rules file: alert or record name → expression. */
    static Map<String, String> rules() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        Map<String, String> rules = new LinkedHashMap<>();
        for (JsonNode group : doc.get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                String name = rule.has("alert") ? rule.get("alert").asText() : rule.get("record").asText();
                rules.put(name, rule.get("expr").asText());
            }
        }
        return rules;
    }

    static List<String> alerts() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(RULES.toFile());
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : doc.get("groups")) for (JsonNode rule : group.get("rules")) if (rule.has("alert")) alerts.add(rule.get("alert").asText());
        return alerts;
    }

    static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(OPS.resolve("grafana"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Every query of a dashboard's panels. */
    static List<String> queries(Path dashboard) throws IOException {
        List<String> exprs = new ArrayList<>();
        for (JsonNode panel : new ObjectMapper().readTree(dashboard.toFile()).get("panels")) {
            JsonNode targets = panel.get("targets");
            if (targets != null) for (JsonNode t : targets) exprs.add(t.get("expr").asText());
        }
        return exprs;
    }

    /** The metric names (and recorded series) a PromQL expression reads: no functions, labels, keywords or variables. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String token = m.group();
            int next = m.end();
            while (next < bare.length() && bare.charAt(next) == ' ') next++;
            boolean function = next < bare.length() && bare.charAt(next) == '(';
            boolean number = m.start() > 0 && (Character.isDigit(bare.charAt(m.start() - 1)) || bare.charAt(m.start() - 1) == '.');
            if (!function && !number && !KEYWORDS.contains(token)) names.add(token);
        }
        return names;
    }
}

package org.rookery.runtime.allinone;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The runtime's settings by key ({@code rookery.port}), from three layers, each overriding the
 * one before: a properties file, environment variables (the key upper-cased, dots and dashes
 * as underscores: {@code ROOKERY_PORT}) and command-line options. Typed getters name the key of
 * a bad value. Immutable.
 */
public final class Configuration {
    private final Map<String, String> values;

    private Configuration(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The file (if any), then every known key's environment variable, then {@code overrides}. */
    public static Configuration load(Path file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        if (file != null) values.putAll(readFile(file));
        for (String key : ConfigKeys.ALL) {
            String fromEnv = environment.get(envName(key));
            if (fromEnv != null && !fromEnv.isBlank()) values.put(key, fromEnv.trim());
        }
        values.putAll(overrides);
        return new Configuration(values);
    }

    public static Configuration of(Map<String, String> values) {
        return new Configuration(values);
    }

    /** {@code rookery.ws.ping-interval} → {@code ROOKERY_WS_PING_INTERVAL}. */
    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    public long number(String key, long fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return fallback;
        try {
            return Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key + " must be a whole number, got '" + text.get() + "'", e);
        }
    }

    public int integer(String key, int fallback) {
        long n = number(key, fallback);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) throw new ConfigurationException(key + " is out of range: " + n);
        return (int) n;
    }

    /** A decimal number such as {@code 0.75}. */
    public double decimal(String key, double fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return fallback;
        try {
            double value = Double.parseDouble(text.get());
            if (!Double.isFinite(value)) throw new NumberFormatException("not finite");
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key + " must be a decimal number such as 0.75, got '" + text.get() + "'", e);
        }
    }

    /** An ISO-8601 instant ({@code 2027-07-01T00:00:00Z}) or a date ({@code 2027-07-01}, meaning its start in UTC). */
    public Instant instant(String key, Instant fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return fallback;
        try {
            return text.get().length() == 10 ? LocalDate.parse(text.get()).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text.get());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(key + " must be a date such as 2027-07-01 or an instant such as 2027-07-01T00:00:00Z, got '"
                    + text.get() + "'", e);
        }
    }

    /** An ISO-8601 duration ({@code PT20S}) or a number of milliseconds. */
    public Duration duration(String key, Duration fallback) {
        Optional<String> text = text(key);
        if (text.isEmpty()) return fallback;
        try {
            return text.get().chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(text.get())) : Duration.parse(text.get());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ConfigurationException(key + " must be a duration such as PT20S or a number of milliseconds, got '" + text.get() + "'", e);
        }
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!ConfigKeys.ALL.contains(name)) throw new ConfigurationException(file + " sets the unknown key '" + name + "'");
            values.put(name, properties.getProperty(name).trim());
        }
        return values;
    }
}

package org.rookery.runtime.allinone;

/** A configuration value is missing, malformed or names something this build cannot provide. Immutable. */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}

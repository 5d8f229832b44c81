package org.rookery.runtime.cli;

/** Thrown when the command line is malformed; the CLI prints the message and a usage line and exits with 2. Immutable. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false); // reports input, not a bug: no stack trace
    }
}

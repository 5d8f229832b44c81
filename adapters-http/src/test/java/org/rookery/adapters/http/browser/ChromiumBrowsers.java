package org.rookery.adapters.http.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded one: the
 * service is pointed at {@code /usr/bin/chromedriver}, so Selenium Manager has nothing to find).
 * Each browser gets a fresh profile under {@code target/browser/}, so two browsers are two
 * guests. A test fixture, not thread-safe; close it to quit every browser and the driver.
 */
public final class ChromiumBrowsers implements AutoCloseable {
    public static final Path CHROMIUM = Path.of(System.getProperty("rookery.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("rookery.chromedriver", "/usr/bin/chromedriver"));
    public static final String INSTALL_HINT = "run scripts/install-browser.sh as root (apt-get install -y chromium chromium-driver)";
    /** The flags this machine needs: no sandbox as root, and no calls home on a closed network. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,860");

    private final Path workDir;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    private ChromiumBrowsers(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Skips the calling test (a JUnit assumption) when Chromium or chromedriver is missing, or
     * fails it when the build demands the browser tests ({@code -Drookery.oracles.required=true}
     * or {@code -Drookery.browser.required=true}, as {@code ./rookery test} runs them).
     */
    public static void requireOrSkip() {
        whyUnavailable().ifPresent(why -> {
            String message = "headless Chromium unavailable (" + why + "); " + INSTALL_HINT;
            if (Boolean.getBoolean("rookery.oracles.required") || Boolean.getBoolean("rookery.browser.required")) {
                Assertions.fail("the browser test is required but " + message);
            }
            Assumptions.abort("browser test skipped: " + message);
        });
    }

    /** Why the browser cannot run here, or empty when it can. */
    public static Optional<String> whyUnavailable() {
        if (!Files.isExecutable(CHROMIUM)) return Optional.of(CHROMIUM + " is missing");
        if (!Files.isExecutable(CHROMEDRIVER)) return Optional.of(CHROMEDRIVER + " is missing");
        return Optional.empty();
    }

    public static ChromiumBrowsers start(Path workDir) {
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChromiumBrowsers(workDir);
    }

    /** A new browser with an empty profile of its own, behind its own chromedriver (quitting it stops both). */
    public ChromeDriver open(String name) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(workDir.resolve("chromedriver-" + name + ".log").toFile())
                .build();
        Path profile = workDir.resolve("profile-" + name + "-" + System.nanoTime());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(10));
        browsers.add(browser);
        return browser;
    }

    public Path file(String name) {
        return workDir.resolve(name);
    }

    @Override
    public void close() {
        for (ChromeDriver browser : browsers) {
            try {
                browser.quit();
            } catch (RuntimeException e) {
                System.err.println("browser did not quit cleanly: " + e);
            }
        }
        browsers.clear();
    }
}

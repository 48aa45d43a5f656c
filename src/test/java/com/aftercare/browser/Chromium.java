package com.aftercare.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (DESIGN.md): no browser download, headless, sandbox off
 * (containers), nothing phoning home. {@code -Dchromium.path=...} points elsewhere.
 */
final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    static Playwright playwright() {
        // Playwright unpacks its driver into a temporary directory: keep it under target/, not /tmp.
        System.setProperty("playwright.driver.tmpdir", Path.of("target", "playwright-driver").toAbsolutePath().toString());
        try {
            Files.createDirectories(Path.of("target", "playwright-driver"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}

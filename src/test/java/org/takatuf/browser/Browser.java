package org.takatuf.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded one), with the
 * flags this machine needs, a fresh profile per browser, and screenshots under
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;

    public Browser(String baseUrl, int width, int height) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("takatuf-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        return this;
    }

    /** The first element matching {@code css} that a person can see (hidden file inputs excepted). */
    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> e.isDisplayed() || "file".equals(e.getAttribute("type"))).findFirst().orElse(null));
    }

    /** Submits the form that the element belongs to, as pressing Enter in it would. */
    public Browser submit(String css) {
        WebElement field = find(css);
        field.submit();
        awaitGone(field);
        return this;
    }

    public WebElement findXpath(String xpath) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.xpath(xpath)).stream().findFirst().orElse(null));
    }

    public Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        click(find(css));
        return this;
    }

    /**
     * Scrolls the element to the middle of the window first, as a person would before tapping it, clicks,
     * and waits until the page it was on has gone: every click in these tests follows a link or submits a
     * form, and reading the page before the next one arrived would read the old one.
     */
    public void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});", element);
        element.click();
        awaitGone(element);
    }

    /** Waits until the page that held the element has gone (the next page has replaced it). */
    public void awaitGone(WebElement element) {
        awaitGone(driver, element);
    }

    /**
     * Selenium's {@code stalenessOf} only knows {@link StaleElementReferenceException}; while a page is
     * being replaced, Chromium 156 may instead answer "Node with given id does not belong to the document"
     * as an unknown error (it failed CI twice), which means the same thing: the element's page has gone.
     */
    public static void awaitGone(WebDriver driver, WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                String message = String.valueOf(e.getMessage());
                if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Signs in through the form, in a language; fails at once if the sign-in page comes back. */
    public Browser signIn(String email, String password, String lang) {
        open("/login?lang=" + lang);
        type("#email", email).type("#password", password);
        click("main form button[type=submit]");
        if (path().equals("/login")) {
            throw new AssertionError("the sign-in of " + email + " was refused");
        }
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String attribute(String css, String name) {
        return find(css).getAttribute(name);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }
}

package org.salesteam.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium session against the application under test, with the few
 * things a journey needs: open a page, sign in and out, read text, take a screenshot, and
 * read what the page wrote to the browser console.
 * <p>
 * Chromium and ChromeDriver are Debian's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}); override with {@code -Dsalesteam.e2e.chromium=…} and
 * {@code -Dwebdriver.chrome.driver=…}. Selenium Manager never downloads anything: the
 * driver is given explicitly and the build sets {@code SE_OFFLINE=true}.
 */
public final class Browser implements AutoCloseable {

	/** Where screenshots go, relative to the Maven project directory. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ChromeDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, WAIT);
	}

	/** A desktop-sized (1280×900) browser, or a phone-sized one. */
	static Browser open(String baseUrl, boolean phone) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("salesteam.e2e.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,900", "--disable-background-networking", "--disable-component-update",
				"--no-first-run", "--disable-sync", "--lang=zh-CN");
		if (phone) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", Phone.WIDTH, "height", Phone.HEIGHT, "pixelRatio", 2.0, "touch", true)));
		}
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, baseUrl);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application, e.g. {@code /login?lang=en}. */
	public Browser visit(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/** The path (and query) of the current page. */
	public String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	/**
	 * Fills in and submits the sign-in form, from wherever the browser is, and waits for
	 * the page that follows.
	 */
	public Browser signIn(String username, String password) {
		if (!path().startsWith("/login")) {
			visit("/login");
		}
		find("#username").clear();
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		clickAndWaitForNextPage("#loginButton");
		return this;
	}

	/**
	 * Clicks an element that loads a new page (a submit button, a link) and waits until
	 * the new page has loaded, even if its URL is the same as before.
	 */
	public Browser clickAndWaitForNextPage(String css) {
		script("window.salesteamPageMarker = true;");
		WebElement target = find(css);
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
		target.click();
		// while the page changes, chromedriver may answer with assorted errors: keep
		// asking
		new WebDriverWait(this.driver, WAIT).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(
					script("return document.readyState === 'complete' && window.salesteamPageMarker === undefined;")));
		return this;
	}

	/**
	 * Signs out through the user menu in the navbar, opening the collapsed menu first.
	 */
	public Browser signOut() {
		WebElement toggler = this.driver.findElement(By.cssSelector(".navbar-toggler"));
		if (toggler.isDisplayed() && !find("#userMenu").isDisplayed()) {
			toggler.click();
			waitVisible("#userMenu");
		}
		find("#userMenu").click();
		waitVisible("#logoutButton").click();
		this.wait.until(ExpectedConditions.urlContains("/login"));
		return this;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public boolean exists(String css) {
		return !findAll(css).isEmpty();
	}

	public String text(String css) {
		return find(css).getText().strip();
	}

	public List<String> texts(String css) {
		return findAll(css).stream().map((element) -> element.getText().strip()).toList();
	}

	public WebElement waitFor(String css) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	public WebElement waitVisible(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	public void waitInvisible(String css) {
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
	}

	public Object script(String javascript, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(javascript, arguments);
	}

	/**
	 * The script's value once it equals {@code expected}, or its last value when the wait
	 * runs out: for figures the browser settles a moment after the page loads (the
	 * emulated phone's viewport width), so the caller's assertion names what it saw.
	 */
	public Object scriptSettlingOn(Object expected, String javascript) {
		try {
			this.wait.until((driver) -> expected.equals(script(javascript)));
		}
		catch (TimeoutException ex) {
			// fall through: the assertion reports the value seen last
		}
		return script(javascript);
	}

	/**
	 * Whether the page is wider than the viewport, i.e. can be scrolled sideways.
	 */
	public boolean overflowsHorizontally() {
		return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth;");
	}

	/** Saves what the viewport shows as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		File png = this.driver.getScreenshotAs(OutputType.FILE);
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.move(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not save screenshot " + name, ex);
		}
	}

	/**
	 * The console messages of level SEVERE since the last call: script errors, failed
	 * resource loads and Content-Security-Policy violations.
	 */
	public List<String> severeConsoleMessages() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}

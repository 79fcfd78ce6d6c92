package com.candidatesearch;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser tests share: Debian's headless Chromium, uploading through the page,
 * screenshots and printouts in {@code target/screenshots}, and axe-core's accessibility rules.
 */
final class BrowserSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final int WIDE = 1280;

	static final int NARROW = 390;

	private BrowserSupport() {
	}

	static ChromeDriver start(Path profile) {
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=" + WIDE + ",900", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return browser;
	}

	/** Fills in and sends the sign-in form; waits until the browser has left the sign-in page. */
	static void signIn(ChromeDriver browser, String loginUrl, String name, String password) {
		browser.get(loginUrl);
		browser.findElement(By.id("username")).sendKeys(name);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(driver -> !driver.getCurrentUrl().contains("/login") || driver.getCurrentUrl().contains("error"));
	}

	/** Presses "Sign out" in the header and waits for the sign-in page. */
	static void signOut(ChromeDriver browser) {
		browser.findElement(By.id("sign-out")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login?logout"));
	}

	/** Uploads files through the upload page and waits until every one is created. */
	static void upload(ChromeDriver browser, String baseUrl, List<String> resources) {
		upload(browser, baseUrl, resources, "created");
	}

	/** Uploads files through the upload page and waits until every one has the status given ({@code version}, …). */
	static void upload(ChromeDriver browser, String baseUrl, List<String> resources, String status) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
		browser.get(baseUrl + "/upload");
		browser.findElement(By.id("files")).sendKeys(String.join("\n", resources.stream().map(BrowserSupport::path).toList()));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#live-rows tr"), resources.size()));
		browser.findElement(By.id("upload-button")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#live-rows tr[data-status='" + status + "']"),
				resources.size()));
	}

	/** Sets the window's width, keeping a tall window so a screenshot shows most of the page. */
	static void width(ChromeDriver browser, int width) {
		browser.manage().window().setSize(new Dimension(width, 900));
	}

	/** A screenshot of the whole page, up to 4000 pixels tall, at the window's width. */
	static void screenshot(ChromeDriver browser, String name) {
		Dimension window = browser.manage().window().getSize();
		long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
		browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 100, 900), 4000)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			browser.manage().window().setSize(window);
		}
	}

	/** Prints the page as the browser would on A4 and keeps the PDF. */
	static byte[] printA4(ChromeDriver browser, String name) {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".pdf"), pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf;
	}

	/** The serious and critical axe-core violations on the current page, one line each. */
	static List<String> accessibilityViolations(ChromeDriver browser) {
		browser.executeScript(axe());
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then((results) => done(results.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))))
					.catch((error) => done(['axe failed: ' + error]));
				""");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) result;
		return violations;
	}

	/** Console messages that show a Content-Security-Policy violation or an uncaught script error. */
	static List<String> scriptProblems(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught"))
			.toList();
	}

	static void assertAccessible(ChromeDriver browser) {
		assertThat(accessibilityViolations(browser)).as("axe-core on " + browser.getCurrentUrl()).isEmpty();
	}

	private static String axe() {
		try (InputStream in = BrowserSupport.class.getResourceAsStream("/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String path(String resource) {
		try {
			return Path.of(BrowserSupport.class.getResource(resource).toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package com.candidatesearch;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads the seed resumes in a real browser, with JavaScript on, then searches, compares two
 * candidates and opens a profile, keeping a screenshot of each page in {@code target/screenshots}.
 * Uses Debian's Chromium and chromedriver so Selenium never downloads a browser.
 */
class UploadSearchCompareBrowserTests extends BrowserTest {

	private static final List<String> SEEDS = List.of("000_cf880338e06f109e.pdf", "001_8e724327113ee43c.pdf",
			"002_ebfafff7a943e743.pdf");

	@Test
	void uploadSearchCompareAndOpenAProfile() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

		browser.get(url("/upload"));
		browser.findElement(By.id("files")).sendKeys(String.join("\n", seedPaths()));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#live-rows tr"), SEEDS.size()));
		browser.findElement(By.id("upload-button")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#live-rows tr[data-status='created']"),
				SEEDS.size()));
		assertThat(browser.findElements(By.cssSelector("#live-rows tr a"))).hasSize(SEEDS.size());
		wait.until(ExpectedConditions.textToBe(By.id("upload-summary"), "3 created, 0 already uploaded, 0 failed"));
		screenshot("1-upload");

		browser.findElement(By.linkText("Search")).click();
		WebElement query = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
		query.sendKeys("Python");
		query.submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"),
				"3 candidates match \u201CPython\u201D"));
		assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
		assertThat(browser.findElement(By.id("compare-button")).isEnabled()).isFalse();
		screenshot("2-search");

		List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
		List<String> names = hits.subList(0, 2)
			.stream()
			.map(hit -> hit.findElement(By.cssSelector(".hit-name a")).getText())
			.toList();
		hits.get(0).findElement(By.name("ids")).click();
		hits.get(1).findElement(By.name("ids")).click();
		assertThat(browser.findElement(By.id("compare-count")).getText()).isEqualTo("2 selected.");
		browser.findElement(By.id("compare-button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
		assertThat(browser.findElements(By.cssSelector("#comparison thead th a"))).extracting(WebElement::getText)
			.containsExactlyElementsOf(names);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Compare 2 candidates");
		screenshot("3-compare");

		browser.findElement(By.cssSelector("#comparison thead th a")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), names.get(0)));
		assertThat(browser.findElement(By.linkText("Download original")).getAttribute("href")).endsWith("/original");
		screenshot("4-profile");

		browser.get(url("/search?q=skill:tf%20employer:nvidia"));
		browser.findElement(By.cssSelector(".query-help summary")).click();
		assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector(".expansion")).getText())
			.isEqualTo("skill:tf also matched TensorFlow");
		screenshot("5-search-scoped");
	}


	private static List<String> seedPaths() {
		return SEEDS.stream().map(UploadSearchCompareBrowserTests::seed).toList();
	}

	private static String seed(String name) {
		try {
			return Path.of(UploadSearchCompareBrowserTests.class.getResource("/seeds/" + name).toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void screenshot(String name) {
		BrowserSupport.screenshot(browser, name);
	}

}

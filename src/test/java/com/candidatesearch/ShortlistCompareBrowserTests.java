package com.candidatesearch;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static com.candidatesearch.BrowserSupport.NARROW;
import static com.candidatesearch.BrowserSupport.WIDE;
import static com.candidatesearch.BrowserSupport.assertAccessible;
import static com.candidatesearch.BrowserSupport.screenshot;
import static com.candidatesearch.BrowserSupport.width;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortlist tray from search results and a profile, and comparisons of 2, 3 and 4 from it,
 * at desktop and phone widths, each page checked with axe-core.
 */
class ShortlistCompareBrowserTests extends BrowserTest {

	private static final List<String> FILES = List.of("/seeds/000_cf880338e06f109e.pdf",
			"/seeds/001_8e724327113ee43c.pdf", "/seeds/002_ebfafff7a943e743.pdf",
			"/bench/relevance/profiles/006-elena-petrova.json", "/bench/relevance/profiles/008-nils-andersson.json");

	@Test
	void shortlistFromSearchAndProfileThenCompareTwoThreeAndFour() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		BrowserSupport.upload(browser, url(""), FILES);

		browser.get(url("/search?q=python"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "5 candidates"));
		addHit(0);
		addHit(1);
		assertThat(trayNames()).hasSize(2);
		browser.navigate().refresh();
		assertThat(trayNames()).as("the tray survives a page load").hasSize(2);
		assertAccessible(browser);
		screenshot(browser, "10-search-tray");

		browser.findElement(By.id("tray-compare")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
		assertThat(browser.getCurrentUrl()).contains("/compare?ids=").contains("q=python");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Compare 2 candidates");
		assertThat(browser.findElements(By.cssSelector("#comparison mark"))).as("search terms are marked").isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#skills-matrix tbody tr.asked"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".timeline .bar rect"))).isNotEmpty();
		assertAccessible(browser);
		screenshot(browser, "11-compare-2");

		browser.get(url("/search?q=python"));
		addHit(2);
		browser.findElement(By.id("tray-compare")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Compare 3 candidates"));
		screenshot(browser, "12-compare-3");

		browser.get(url("/search?q=python"));
		String fourth = browser.findElements(By.cssSelector(".hit-name a")).get(3).getText();
		browser.findElements(By.cssSelector(".hit-name a")).get(3).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), fourth));
		browser.findElement(By.xpath("//button[text()='Add to shortlist']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[text()='Remove from shortlist']")));
		assertThat(trayNames()).hasSize(4).contains(fourth);
		browser.findElement(By.id("tray-compare")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Compare 4 candidates"));
		assertThat(browser.findElements(By.cssSelector("#comparison thead th"))).hasSize(4);
		assertAccessible(browser);
		screenshot(browser, "13-compare-4");
		BrowserSupport.printA4(browser, "14-compare-4-print");

		browser.get(url("/search?q=python"));
		assertThat(browser.findElements(By.cssSelector(".hit-actions button")).get(4).isEnabled())
			.as("a full tray takes no fifth").isFalse();
		browser.findElement(By.cssSelector("#tray .remove")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tray .tray-entries li"), 3));

		browser.get(url("/compare?ids=1"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText())
			.startsWith("Choose at least 2 candidates to compare; only 1 was chosen.");
		screenshot(browser, "15-compare-one-id");

		width(browser, NARROW);
		browser.get(url("/search?q=python"));
		screenshot(browser, "16-search-390");
		browser.findElement(By.id("tray-compare")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
		assertAccessible(browser);
		screenshot(browser, "17-compare-390");
		width(browser, WIDE);
	}

	private void addHit(int index) {
		WebElement hit = browser.findElements(By.cssSelector(".hit")).get(index);
		hit.findElement(By.cssSelector(".hit-actions button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(
				By.cssSelector("#tray .tray-entries li"), index + 1));
	}

	private List<String> trayNames() {
		return browser.findElements(By.cssSelector("#tray .tray-entries a")).stream().map(WebElement::getText).toList();
	}

}

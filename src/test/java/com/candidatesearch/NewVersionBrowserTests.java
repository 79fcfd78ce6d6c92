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
 * A new version of a resume on the upload page, as a recruiter meets it: the offer with its
 * reasons, updating the candidate and reading what changed on the versions page; keeping a look-alike
 * as a candidate of its own; and discarding a held upload, on the upload page and on the versions page.
 */
class NewVersionBrowserTests extends BrowserTest {

	private static final String WALTON = "/seeds/001_8e724327113ee43c.txt";

	private static final String WALTON_V2 = "/versions/001_walton_v2.txt";

	private static final String WHALEN = "/seeds/000_cf880338e06f109e";

	private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

	@Test
	void aNewVersionIsOfferedWithItsReasonsAndUpdatingShowsWhatChanged() {
		width(browser, WIDE);
		BrowserSupport.upload(browser, url(""), List.of(WALTON));
		BrowserSupport.upload(browser, url(""), List.of(WALTON_V2), "version");

		WebElement offer = row("001_walton_v2.txt");
		assertThat(offer.findElement(By.cssSelector(".status")).getText()).isEqualToIgnoringCase("new version?");
		assertThat(offer.findElement(By.cssSelector(".message")).getText())
			.startsWith("Looks like a new version of Steven Walton (")
			.contains("same GitHub profile");
		assertThat(offer.findElements(By.cssSelector(".version-actions button")).stream().map(WebElement::getText))
			.containsExactly("Update Steven Walton with this version", "Keep as a separate candidate", "Discard");
		assertAccessible(browser);
		screenshot(browser, "40-upload-version-offer");
		width(browser, NARROW);
		assertFitsTheWindow();
		screenshot(browser, "41-upload-version-offer-390");
		width(browser, WIDE);

		offer.findElement(By.xpath(".//button[text()='Update Steven Walton with this version']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElement(offer, "Updated Steven Walton: see the versions"));
		offer.findElement(By.linkText("Updated Steven Walton: see the versions")).click();

		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("version-2")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Versions of Steven Walton");
		assertThat(browser.findElement(By.cssSelector("#version-2 h2")).getText()).isEqualTo("Version 2 (current)");
		List<String> changes = browser.findElements(By.cssSelector("#version-2 .changes li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(changes).contains("Basics: e-mail changed from resume@swalton.ai to steven@walton.dev")
			.anyMatch(change -> change.startsWith("Work: added Staff Research Scientist at Acme Robotics"))
			.anyMatch(change -> change.contains("removed “Spearheaded conversion of acoustic dynamic simulation"));
		assertThat(browser.findElement(By.cssSelector("#version-1")).getText()).contains("First upload.");
		assertAccessible(browser);
		screenshot(browser, "42-versions");
		width(browser, NARROW);
		assertFitsTheWindow();
		screenshot(browser, "43-versions-390");
		width(browser, WIDE);
	}

	@Test
	void aLookAlikeKeptApartIsACandidateOfItsOwnAndAHeldUploadCanBeDiscarded() {
		width(browser, WIDE);
		BrowserSupport.upload(browser, url(""), List.of(WHALEN + ".txt"));
		BrowserSupport.upload(browser, url(""), List.of(WHALEN + ".html"), "version");
		WebElement lookAlike = row("000_cf880338e06f109e.html");
		String existing = lookAlike.findElement(By.linkText("Open the existing candidate")).getAttribute("href");
		assertThat(lookAlike.getText()).contains("Looks like a new version of Lexington Whalen (same name Lexington Whalen and");

		lookAlike.findElement(By.xpath(".//button[text()='Keep as a separate candidate']")).click();
		this.wait.until(ExpectedConditions.attributeToBe(lookAlike, "data-status", "created"));
		String separate = lookAlike.findElement(By.linkText("Open the candidate")).getAttribute("href");
		assertThat(separate).matches(".*/candidates/\\d+").isNotEqualTo(existing);

		BrowserSupport.upload(browser, url(""), List.of(WHALEN + ".docx"), "version");
		WebElement third = row("000_cf880338e06f109e.docx");
		third.findElement(By.xpath(".//button[text()='Discard']")).click();
		this.wait.until(ExpectedConditions.attributeToBe(third, "data-status", "discarded"));
		assertThat(third.getText()).contains("Discarded; Lexington Whalen is unchanged.");
		screenshot(browser, "44-upload-discarded");

		BrowserSupport.upload(browser, url(""), List.of(WHALEN + ".docx"), "version");
		String owner = row("000_cf880338e06f109e.docx").findElement(By.linkText("Open the existing candidate"))
			.getAttribute("href");
		browser.get(owner + "/versions");
		WebElement held = browser.findElement(By.cssSelector(".held-uploads"));
		assertThat(held.getText()).contains("Waiting for a decision", "000_cf880338e06f109e.docx",
				"Looks like a new version: same name Lexington Whalen and");
		assertAccessible(browser);
		screenshot(browser, "45-versions-held");
		width(browser, NARROW);
		assertFitsTheWindow();
		screenshot(browser, "46-versions-held-390");
		width(browser, WIDE);

		held.findElement(By.xpath(".//button[text()='Discard']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
				"The held upload was discarded; the candidate is unchanged."));
		assertThat(browser.findElements(By.cssSelector(".held-uploads"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".versions > li"))).hasSize(1);
	}

	private static WebElement row(String fileName) {
		return browser.findElements(By.cssSelector("#live-rows tr"))
			.stream()
			.filter(row -> row.getText().contains(fileName))
			.findFirst()
			.orElseThrow();
	}

	/** Nothing on the page is wider than the window: no sideways scrolling on a phone. */
	private static void assertFitsTheWindow() {
		Long overflow = (Long) browser.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("pixels wider than the window at " + browser.getCurrentUrl()).isLessThanOrEqualTo(0L);
	}

}

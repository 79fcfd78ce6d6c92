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
 * The profile page in a real browser: its timeline, the original file, and a recruiter
 * correcting an employer, which must survive a re-parse and reach the search and the export.
 */
class ProfileCorrectionBrowserTests extends BrowserTest {

	@Test
	void timelineOriginalAndACorrectionThatSurvivesReparsing() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		BrowserSupport.upload(browser, url(""), List.of("/seeds/000_cf880338e06f109e.pdf", "/seeds/001_8e724327113ee43c.txt"));
		String pdfProfile = profileOf("000_cf880338e06f109e.pdf");
		String textProfile = profileOf("001_8e724327113ee43c.txt");

		browser.get(pdfProfile);
		assertThat(browser.findElements(By.cssSelector("#profile-timeline-title"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector(".timeline .bar.work rect"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector(".timeline figcaption")).getText())
			.as("this resume dates none of its degrees").contains("3 entries have no date and are not drawn.");
		assertAccessible(browser);
		screenshot(browser, "20-profile");
		BrowserSupport.printA4(browser, "21-profile-print");

		browser.findElement(By.cssSelector(".entries .edit-link[href*='/edit/work/0']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-name")));
		String start = browser.findElement(By.id("field-startDate")).getAttribute("value");
		replace("field-name", "Globex Research");
		replace("field-startDate", "2019-13");
		browser.findElement(By.xpath("//button[text()='Save correction']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains(
				"Start date must be written as 2021, 2021-03 or 2021-03-15; \"2019-13\" is not a date.");
		assertThat(browser.findElement(By.id("field-name")).getAttribute("value")).isEqualTo("Globex Research");
		assertAccessible(browser);
		screenshot(browser, "22-correction-invalid");

		replace("field-startDate", start);
		browser.findElement(By.xpath("//button[text()='Save correction']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "1 field was corrected"));
		assertThat(browser.findElement(By.cssSelector(".entries .entry-sub")).getText()).startsWith("Globex Research");
		assertThat(browser.findElement(By.cssSelector(".corrections")).getText()).contains("work[0].name");
		screenshot(browser, "23-profile-corrected");

		browser.findElement(By.xpath("//button[text()='Parse again']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "parsed again"));
		assertThat(browser.findElement(By.cssSelector(".entries .entry-sub")).getText())
			.as("the correction is kept when the file is parsed again")
			.startsWith("Globex Research");

		// Seen once to find nothing on the first load in a full build, never since; reloading
		// for a few seconds keeps the check on what matters: the correction reaches the index.
		browser.get(url("/search?q=employer:globex"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> {
			if (driver.findElements(By.cssSelector(".hit")).size() == 1) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
		browser.get(pdfProfile.replace("/candidates/", "/api/candidates/"));
		assertThat(browser.getPageSource()).contains("\"name\":\"Globex Research\"");

		browser.get(pdfProfile + "/view");
		assertThat(browser.findElement(By.cssSelector("iframe.original-pdf")).getAttribute("src"))
			.endsWith("/original?inline=true");
		screenshot(browser, "24-original-pdf");
		browser.get(textProfile + "/view");
		assertThat(browser.findElement(By.cssSelector("pre.original-text")).getText()).isNotBlank();
		assertAccessible(browser);
		screenshot(browser, "25-original-text");

		width(browser, NARROW);
		browser.get(pdfProfile);
		assertAccessible(browser);
		screenshot(browser, "26-profile-390");
		width(browser, WIDE);
	}

	@Test
	void everyLineTheParserCouldNotPlaceIsListedOnTheProfile() {
		BrowserSupport.upload(browser, url(""), List.of("/seeds/002_ebfafff7a943e743.docx"));
		browser.get(profileOf("002_ebfafff7a943e743.docx"));
		WebElement warnings = browser.findElement(By.cssSelector(".parse-warnings"));
		assertThat(warnings.getText()).contains("could not be placed in a section");
		WebElement unplaced = warnings.findElement(By.cssSelector("details.unplaced"));
		unplaced.findElement(By.tagName("summary")).click();
		List<WebElement> lines = unplaced.findElements(By.cssSelector("ol li"));
		assertThat(lines).isNotEmpty();
		assertThat(lines.get(0).isDisplayed()).isTrue();
		assertThat(unplaced.findElement(By.tagName("summary")).getText())
			.isEqualTo("Every line not placed (" + lines.size() + ")");
		assertAccessible(browser);
		screenshot(browser, "27-profile-unplaced-lines");
	}

	private static String profileOf(String fileName) {
		return browser.findElements(By.cssSelector("#live-rows tr"))
			.stream()
			.filter(row -> row.getText().contains(fileName))
			.map(row -> row.findElement(By.tagName("a")).getAttribute("href"))
			.findFirst()
			.orElseThrow();
	}

	private static void replace(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

}

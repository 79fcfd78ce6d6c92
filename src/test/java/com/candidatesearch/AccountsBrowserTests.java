package com.candidatesearch;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out, and the administrator adding a recruiter with a generated password,
 * the recruiter kept out of the admin pages, then disabled and unable to sign in.
 */
class AccountsBrowserTests extends BrowserTest {

	@Test
	void anAdministratorAddsARecruiterWhoSignsInAndOnceDisabledCannot() {
		browser.get(url("/admin/users"));
		BrowserSupport.assertAccessible(browser);
		browser.findElement(By.id("new-username")).sendKeys("rita");
		browser.findElement(By.id("add-user-button")).click();
		// the form posts and the page comes back with the password: wait for it, failing at the deadline
		String password = new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("shown-password")))
			.getText();
		assertThat(password).hasSize(24);
		assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("rita was added as recruiter.");
		BrowserSupport.screenshot(browser, "users-added");

		BrowserSupport.signOut(browser);
		signedInAs = null;
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("You are signed out.");
		BrowserSupport.assertAccessible(browser);
		BrowserSupport.screenshot(browser, "login-signed-out");

		signIn("rita", password);
		assertThat(browser.getCurrentUrl()).endsWith("/search");
		assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("rita");
		assertThat(browser.findElements(By.linkText("Users"))).isEmpty();
		browser.get(url("/admin/users"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("For administrators only");
		BrowserSupport.screenshot(browser, "admin-refused");

		signIn(TestAdmin.NAME, TestAdmin.PASSWORD);
		browser.get(url("/admin/users"));
		browser.findElement(By.cssSelector("#user-rita button.danger")).click();
		assertThat(browser.findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("rita was disabled and can no longer sign in.");
		assertThat(browser.findElement(By.cssSelector("#user-rita td.disabled")).getText()).isEqualTo("disabled");
		BrowserSupport.screenshot(browser, "users-disabled");

		signIn("rita", password);
		signedInAs = null;
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?error"));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
			.startsWith("The user name or password is wrong, or the account is disabled.");
		BrowserSupport.screenshot(browser, "login-refused");
	}

	@Test
	void theAuditLogShowsTheSignInsAndTheAccountChanges() {
		browser.get(url("/admin/audit"));
		assertThat(browser.findElements(By.cssSelector("tr[data-action=LOGIN]"))).isNotEmpty();
		BrowserSupport.assertAccessible(browser);
		BrowserSupport.screenshot(browser, "audit");
	}

	@Test
	void aUserCreatesAnApiTokenSeenOnceAndRevokesIt() {
		browser.get(url("/search"));
		browser.findElement(By.id("api-tokens")).click();
		browser.findElement(By.id("token-name")).sendKeys("nightly import");
		browser.findElement(By.id("create-token-button")).click();
		String token = browser.findElement(By.id("shown-token")).getText();
		assertThat(token).startsWith("cs_").hasSize(46);
		assertThat(browser.findElement(By.cssSelector("table.tokens tbody")).getText()).contains("nightly import")
			.contains(token.substring(0, 9) + "…")
			.contains("never");
		BrowserSupport.assertAccessible(browser);
		BrowserSupport.screenshot(browser, "api-token-created");

		browser.navigate().refresh();
		assertThat(browser.findElements(By.id("shown-token"))).as("shown once").isEmpty();
		browser.findElement(By.cssSelector("table.tokens button.danger")).click();
		assertThat(browser.findElement(By.cssSelector(".flash")).getText())
			.isEqualTo("The token nightly import was revoked and no longer works.");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("You have no tokens.");
	}

}

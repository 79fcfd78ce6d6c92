package com.candidatesearch;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test shares: the application on a random port with a data folder of its
 * own and sync indexing, one headless Chromium for the class, and the check after each test that
 * no page broke the Content-Security-Policy or threw a script error. Each class signs in as the
 * administrator through the sign-in form before its first test. The application is closed
 * after each class: its data folder goes with the class, and a context cached for the next
 * class would point at a folder already deleted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
				"candidate-search.admin.password=" + TestAdmin.PASSWORD })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BrowserTest {

	@TempDir
	static Path dataDir;

	@TempDir
	static Path browserProfile;

	protected static ChromeDriver browser;

	/** Who the browser is signed in as, or {@code null}; a test that signs out or in as another sets it. */
	protected static String signedInAs;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@BeforeAll
	static void startBrowser() {
		browser = BrowserSupport.start(browserProfile);
		signedInAs = null;
	}

	@BeforeEach
	void signInAsTheAdministrator() {
		if (!TestAdmin.NAME.equals(signedInAs)) {
			signIn(TestAdmin.NAME, TestAdmin.PASSWORD);
		}
	}

	/** Signs out if signed in, then in through the sign-in form, and waits for the page it leads to. */
	protected void signIn(String name, String password) {
		if (signedInAs != null) {
			BrowserSupport.signOut(browser);
		}
		BrowserSupport.signIn(browser, url("/login"), name, password);
		signedInAs = name;
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void pagesBrokeNoContentSecurityRule() {
		assertThat(BrowserSupport.scriptProblems(browser)).isEmpty();
	}

	/** The address of a path on the running application. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

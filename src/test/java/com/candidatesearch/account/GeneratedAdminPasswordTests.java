package com.candidatesearch.account;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without {@code candidate-search.admin.password}, the first start creates {@code admin} with a
 * generated password and logs it once; later starts log nothing about it.
 */
@SpringBootTest(properties = "candidate-search.admin.password=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordTests {

	static final Path dataDir = TestDataDirs.create("generated-admin");

	private static final Pattern PRINTED = Pattern.compile("password: (\\S+)");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FirstAdmin firstAdmin;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void theFirstStartLogsAGeneratedPasswordOnceAndItSignsTheAdministratorIn(CapturedOutput output) throws Exception {
		// The capture began before the application started: this class's settings give it a context of its own.
		Matcher printed = PRINTED.matcher(output.getAll());
		assertThat(printed.find()).as("the generated password in the start-up log").isTrue();
		String password = printed.group(1);
		assertThat(output.getAll()).contains("WARN").contains("user:     admin");
		this.mvc.perform(get("/admin/users").with(httpBasic("admin", password))).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").with(httpBasic("admin", password + "x"))).andExpect(status().isUnauthorized());

		int before = output.getAll().length();
		this.firstAdmin.run(null);

		assertThat(output.getAll().substring(before)).doesNotContain("password");
		assertThat(PRINTED.matcher(output.getAll()).results().count()).isOne();
	}

}

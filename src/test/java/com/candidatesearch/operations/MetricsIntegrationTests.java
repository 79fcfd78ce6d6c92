package com.candidatesearch.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads and searches show up in {@code /actuator/prometheus} as parse time, ingest count and search latency. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MetricsIntegrationTests {

	static final Path dataDir = TestDataDirs.create("metrics");

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@Test
	void uploadsAndSearchesAreCountedAndTimed() throws Exception {
		byte[] resume = "Metra Prometheus\nmetra@example.org\n\nSKILLS\nGrafana, Rust\n".getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(admin(multipart("/api/candidates").file(new MockMultipartFile("files", "metra.txt", null, resume))
			.file(new MockMultipartFile("files", "again.txt", null, resume))
			.file(new MockMultipartFile("files", "empty.docx", null, new byte[0])))).andExpect(status().isCreated());
		this.mvc.perform(admin(get("/api/search").param("q", "grafana"))).andExpect(status().isOk());
		this.mvc.perform(admin(get("/search").param("q", "rust"))).andExpect(status().isOk());
		this.mvc.perform(admin(get("/api/search"))).andExpect(status().isOk());

		String scrape = this.mvc.perform(admin(get("/actuator/prometheus")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(sample(scrape, "candidate_search_ingest_total", "outcome=\"created\"")).isEqualTo(1);
		assertThat(sample(scrape, "candidate_search_ingest_total", "outcome=\"duplicate\"")).isEqualTo(1);
		assertThat(sample(scrape, "candidate_search_ingest_total", "outcome=\"failed\"")).isEqualTo(1);
		assertThat(sample(scrape, "candidate_search_parse_seconds_count", "format=\"txt\",outcome=\"parsed\""))
			.isEqualTo(1);
		assertThat(sample(scrape, "candidate_search_parse_seconds_count", "format=\"docx\",outcome=\"refused\""))
			.isEqualTo(1);
		assertThat(sample(scrape, "candidate_search_parse_seconds_sum", "format=\"txt\",outcome=\"parsed\""))
			.isPositive();
		assertThat(sample(scrape, "candidate_search_search_seconds_count", "kind=\"query\"")).isEqualTo(2);
		assertThat(sample(scrape, "candidate_search_search_seconds_count", "kind=\"browse\"")).isEqualTo(1);
		assertThat(sample(scrape, "candidate_search_search_seconds_sum", "kind=\"query\"")).isPositive();
	}

	/** The value of the one sample of a metric whose labels are exactly these, failing when there is none. */
	private static double sample(String scrape, String metric, String labels) {
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric + "{" + labels + "}") + " (\\S+)$").matcher(scrape);
		assertThat(line.find()).as("%s{%s} in%n%s", metric, labels, scrape).isTrue();
		return Double.parseDouble(line.group(1));
	}

	/** The request as the test administrator sends it, with HTTP Basic. */
	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
		return request.with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD));
	}

}

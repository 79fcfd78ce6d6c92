package com.candidatesearch.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.candidatesearch.TestAdmin;
import com.candidatesearch.TestDataDirs;
import com.candidatesearch.candidate.Candidate;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mass reindex an administrator starts over HTTP: its progress, its refusal to run twice, searching meanwhile. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexIntegrationTests {

	static final int CANDIDATES = 12;

	static final Path dataDir = TestDataDirs.create("reindex");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MassReindex reindex;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@BeforeAll
	void uploadCandidates() throws Exception {
		MockMultipartHttpServletRequestBuilder upload = multipart("/api/candidates");
		for (int i = 0; i < CANDIDATES; i++) {
			String resume = "Person Reindexed" + i + "\nperson" + i + "@example.org\n\nSKILLS\nJava, Zorblax" + i + "\n";
			upload.file(new MockMultipartFile("files", "r" + i + ".txt", null, resume.getBytes(StandardCharsets.UTF_8)));
		}
		this.mvc.perform(admin(upload)).andExpect(status().isCreated());
	}

	@Test
	void rebuildsALostIndexAndReportsProgressUntilDone() throws Exception {
		var workspace = Search.mapping(this.entityManagerFactory).scope(Candidate.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(total("java")).isZero();

		JsonNode started = read(this.mvc.perform(admin(post("/api/admin/reindex")))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/admin/reindex"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(started.get("state").asString()).isEqualTo("running");
		assertThat(started.get("total").asLong()).isEqualTo(CANDIDATES);
		assertThat(started.has("startedAt")).isTrue();
		assertThat(started.has("finishedAt")).isFalse();

		JsonNode finished = awaitFinished();
		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("done");
		assertThat(finished.get("done").asLong()).isEqualTo(CANDIDATES);
		assertThat(finished.get("total").asLong()).isEqualTo(CANDIDATES);
		assertThat(finished.has("finishedAt")).isTrue();
		assertThat(finished.has("error")).isFalse();
		assertThat(total("java")).isEqualTo(CANDIDATES);
		assertThat(total("zorblax7")).isEqualTo(1);
	}

	@Test
	void refusesASecondReindexWhileOneRunsAndSearchingGoesOnMeanwhile() throws Exception {
		awaitFinished();
		CountDownLatch midway = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		List<ReindexProgress> steps = new ArrayList<>();
		CompletableFuture<ReindexProgress> running = CompletableFuture.supplyAsync(() -> this.reindex.runAndWait(step -> {
			steps.add(step);
			if (step.isRunning() && midway.getCount() > 0) {
				midway.countDown();
				await(resume);
			}
		}));
		assertThat(midway.await(60, TimeUnit.SECONDS)).as("the reindex reported progress").isTrue();
		try {
			this.mvc.perform(admin(post("/api/admin/reindex")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.title").value("Reindex already running"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("GET /api/admin/reindex")));
			this.mvc.perform(admin(get("/api/admin/reindex"))).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("running"));
			assertThat(total("java")).as("searching answers meanwhile, from what is indexed so far")
				.isBetween(0L, (long) CANDIDATES);
		}
		finally {
			resume.countDown();
		}

		ReindexProgress result = running.get(120, TimeUnit.SECONDS);
		assertThat(result.state()).isEqualTo("done");
		assertThat(result.done()).isEqualTo(CANDIDATES);
		assertThat(steps.get(steps.size() - 1)).isEqualTo(result);
		assertThat(total("java")).isEqualTo(CANDIDATES);
	}

	private JsonNode awaitFinished() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (true) {
			JsonNode progress = read(this.mvc.perform(admin(get("/api/admin/reindex")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			if (!"running".equals(progress.get("state").asString()) || System.nanoTime() > deadline) {
				return progress;
			}
			Thread.sleep(100);
		}
	}

	private long total(String query) throws Exception {
		return read(this.mvc.perform(admin(get("/api/search").param("q", query)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("total").asLong();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static JsonNode read(String text) {
		return json.readTree(text);
	}

	/** The request as the test administrator sends it, with HTTP Basic. */
	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
		return request.with(httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD));
	}

}

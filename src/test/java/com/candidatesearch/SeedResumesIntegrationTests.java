package com.candidatesearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.candidatesearch.upload.ResumeImporterSha;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole flow on the embedded default: the three seed resumes in each of their formats go
 * in through the upload API, and each is found again by a skill, an employer and a school
 * taken from its gold parse.
 */
// Parses in worker processes, as the application does (the test profile parses in this one).
@SpringBootTest(properties = "candidate-search.parse.isolation=process")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedResumesIntegrationTests {

	static final List<String> SEEDS = List.of("000_cf880338e06f109e", "001_8e724327113ee43c", "002_ebfafff7a943e743");

	static final List<String> FORMATS = List.of("txt", "pdf", "docx", "html");

	static final Path dataDir = TestDataDirs.create("seeds");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	/** Candidate ids by seed, one per format. */
	private final Map<String, List<Long>> idsBySeed = new LinkedHashMap<>();

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("candidate-search.data-dir", () -> dataDir.toString());
	}

	@BeforeAll
	void uploadEverySeedInEveryFormat() throws Exception {
		MockMultipartHttpServletRequestBuilder upload = multipart("/api/candidates");
		for (String seed : SEEDS) {
			for (String format : FORMATS) {
				upload.file(new MockMultipartFile("files", seed + "." + format, null, bytes("seeds/" + seed + "." + format)));
			}
		}
		JsonNode outcomes = read(this.mvc.perform(upload.with(admin())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

		assertThat(outcomes).hasSize(SEEDS.size() * FORMATS.size());
		for (JsonNode outcome : outcomes) {
			String seed = outcome.get("file").asString().replaceAll("\\.[a-z]+$", "");
			long id = outcome.get("id").asLong();
			// The same person in another format is offered as a new version of the first; here each format
			// is kept as a candidate of its own, so each can be searched.
			if (outcome.get("status").asString().equals("version")) {
				id = read(this.mvc.perform(post("/api/candidates/{id}/versions/{p}/separate", id, outcome.get("pendingId").asLong())
						.with(admin()))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString()).get("id").asLong();
			}
			else {
				assertThat(outcome.get("status").asString()).as(outcome.toString()).isEqualTo("created");
			}
			this.idsBySeed.computeIfAbsent(seed, key -> new ArrayList<>()).add(id);
		}
		assertThat(this.idsBySeed.values().stream().mapToInt(List::size).sum()).isEqualTo(SEEDS.size() * FORMATS.size());
	}

	@Test
	void findsEverySeedInEveryFormatByASkillAnEmployerAndASchool() throws Exception {
		for (String seed : SEEDS) {
			JsonNode gold = read(new String(bytes("gold/" + seed + ".json")));
			String skill = gold.get("skills").get(0).get("keywords").get(0).asString();
			String employer = gold.get("work").get(0).get("name").asString();
			String school = gold.get("education").get(0).get("institution").asString();
			for (String query : List.of(skill, phrase(employer), phrase(school))) {
				assertThat(hitIds(query)).as("%s searching %s", seed, query).containsAll(this.idsBySeed.get(seed));
			}
		}
	}

	@Test
	void uploadingTheSameFileAgainIsReportedAsADuplicateOfTheFirst() throws Exception {
		String seed = SEEDS.get(0);
		JsonNode outcome = read(this.mvc
			.perform(multipart("/api/candidates")
				.file(new MockMultipartFile("files", "again.pdf", null, bytes("seeds/" + seed + ".pdf")))
				.with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).get(0);

		assertThat(outcome.get("status").asString()).isEqualTo("duplicate");
		assertThat(this.idsBySeed.get(seed)).contains(outcome.get("id").asLong());
	}

	@Test
	void exportsEachCandidateWithTheGoldNameAndEmail() throws Exception {
		for (String seed : SEEDS) {
			JsonNode goldBasics = read(new String(bytes("gold/" + seed + ".json"))).get("basics");
			for (long id : this.idsBySeed.get(seed)) {
				JsonNode exported = read(this.mvc.perform(get("/api/candidates/" + id).with(admin()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
				JsonNode basics = exported.get("basics");
				assertThat(basics.get("name")).as("name of %s as candidate %d", seed, id).isEqualTo(goldBasics.get("name"));
				assertThat(basics.get("email")).as("email of %s as candidate %d", seed, id).isEqualTo(goldBasics.get("email"));
				assertThat(exported.get("meta").get("sources").get("basics.name").get("line").asInt())
					.as("line of the name of %s as candidate %d", seed, id)
					.isPositive();
			}
		}
	}

	@Test
	void exportsEveryUnplacedLineTheWarningCounts() throws Exception {
		int listed = 0;
		for (List<Long> ids : this.idsBySeed.values()) {
			for (long id : ids) {
				JsonNode meta = read(this.mvc.perform(get("/api/candidates/" + id).with(admin()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString()).get("meta");
				List<String> lines = new ArrayList<>();
				meta.path("unplaced").forEach(line -> lines.add(line.asString()));
				String warning = null;
				for (JsonNode each : meta.path("warnings")) {
					warning = each.asString().contains("could not be placed") ? each.asString() : warning;
				}
				if (lines.isEmpty()) {
					assertThat(warning).as("candidate %d warns of no unplaced line", id).isNull();
					continue;
				}
				assertThat(warning).as("candidate %d", id)
					.startsWith(lines.size() + (lines.size() == 1 ? " line " : " lines "))
					.contains("“" + lines.get(0).strip().substring(0, Math.min(60, lines.get(0).strip().length())));
				listed += lines.size();
			}
		}
		// the seeds' honours ("Graduated with High Distinction") have no field of the contract
		assertThat(listed).as("unplaced lines over every seed upload").isPositive();
	}

	@Test
	void deletingACandidateRemovesItsRowsIndexDocumentAndStoredFile() throws Exception {
		byte[] content = "Zelda Quartermaine\nzelda@example.org\n\nSKILLS\nFortran, Zigbee\n".getBytes();
		long id = read(this.mvc.perform(multipart("/api/candidates").file(new MockMultipartFile("files", "zelda.txt", null, content)).with(admin()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get(0).get("id").asLong();
		assertThat(hitIds("Zigbee")).containsExactly(id);
		assertThat(storedFiles()).anyMatch(path -> path.endsWith(ResumeImporterSha.of(content)));

		this.mvc.perform(delete("/api/candidates/" + id).with(admin())).andExpect(status().isNoContent());

		this.mvc.perform(get("/api/candidates/" + id).with(admin())).andExpect(status().isNotFound());
		assertThat(hitIds("Zigbee")).isEmpty();
		assertThat(storedFiles()).noneMatch(path -> path.endsWith(ResumeImporterSha.of(content)));
	}

	private static List<String> storedFiles() throws IOException {
		try (var files = java.nio.file.Files.walk(dataDir.resolve("files"))) {
			return files.map(Path::toString).toList();
		}
	}

	@Test
	void malformedQueriesAndFiltersNeverAnswerAnError() throws Exception {
		List<String> queries = List.of("skill:", "\"unbalanced", "((((python", "python))))", "x".repeat(10_000),
				"\u0000\u0007rust\u001b", "experience:abc", "year:9999..1", "*", "-", "NOT", "AND OR", "company:\"",
				"skill:(", "::::", "\\", "name:\"\"", "\uE000python\uE001", "😀 résumé", "<script>alert(1)</script>");
		for (String query : queries) {
			this.mvc.perform(get("/api/search").param("q", query).with(admin())).andExpect(status().isOk());
			this.mvc.perform(get("/search").param("q", query).with(admin())).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/search").param("experience", "abc").param("publications", "maybe").with(admin())
			.param("sort", "weird").param("page", "-5").param("size", "100000").param("skill", "")).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("page", "abc").with(admin())).andExpect(status().isBadRequest());
	}

	private List<Long> hitIds(String query) throws Exception {
		JsonNode result = read(this.mvc.perform(get("/api/search").param("q", query).param("size", "100").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<Long> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asLong()));
		return ids;
	}

	private static String phrase(String text) {
		return "\"" + text.replace("\"", "") + "\"";
	}

	private static JsonNode read(String text) {
		return json.readTree(text);
	}

	static byte[] bytes(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
	}


	/** Every request signs in as a script would: HTTP Basic, no session, no CSRF token. */
	private static RequestPostProcessor admin() {
		return httpBasic(TestAdmin.NAME, TestAdmin.PASSWORD);
	}

}

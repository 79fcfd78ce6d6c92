package com.candidatesearch.candidate;

import java.util.List;

import com.candidatesearch.parse.ParsedResume;
import jakarta.persistence.EntityManager;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway schema against the entities, and a candidate's round trip through the database. */
@DataJpaTest
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap")
class CandidateRepositoryTests {

	@Autowired
	private CandidateRepository candidates;

	@Autowired
	private EntityManager entityManager;

	@Test
	void storesEverySectionOfTheContractAndReadsItBackInOrder() {
		ParsedResume parsed = SampleResumes.full("Ada Lovelace");
		long id = this.candidates.saveAndFlush(Candidate.of(parsed, SampleResumes.file("a1"))).getId();
		this.entityManager.clear();

		ParsedResume stored = this.candidates.findById(id).orElseThrow().toContract();

		assertThat(stored).isEqualTo(parsed);
	}

	@Test
	void findsCandidateByTheSha256OfItsFile() {
		long id = this.candidates.saveAndFlush(Candidate.of(SampleResumes.full("Grace Hopper"), SampleResumes.file("b2")))
			.getId();

		assertThat(this.candidates.findIdByResumeSha256(SampleResumes.sha("b2"))).contains(id);
		assertThat(this.candidates.findIdByResumeSha256(SampleResumes.sha("zz"))).isEmpty();
	}

	@Test
	void cutsOverlongValuesToTheirColumnsInsteadOfFailing() {
		String longName = "N".repeat(5000);
		ParsedResume parsed = new ParsedResume(
				new ParsedResume.Basics(longName, null, null, null, null, null, null, null), null, null, null, null,
				null, null, null, null, null);
		long id = this.candidates.saveAndFlush(Candidate.of(parsed, SampleResumes.file("c3"))).getId();
		this.entityManager.clear();

		assertThat(this.candidates.findById(id).orElseThrow().getName()).hasSize(Bounded.SHORT);
	}

	@Test
	void techAnalyzerKeepsCPlusPlusCSharpDotNetAndNodeJsWhole() throws Exception {
		var analyzer = Search.mapping(this.entityManager.getEntityManagerFactory())
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer("tech")
			.orElseThrow();

		assertThat(AnalyzerTerms.of(analyzer, "C++, C#, F# and .NET with Node.js; Objective-C."))
			.containsExactly("c++", "c#", "f#", "and", ".net", "with", "node.js", "objective-c");
		assertThat(AnalyzerTerms.of(analyzer, "C/C++ Résumé")).containsExactly("c", "c++", "resume");
		assertThat(AnalyzerTerms.of(analyzer, "Python, PyTorch.")).isEqualTo(List.of("python", "pytorch"));
	}

	@Test
	void textAnalyzerStemsEnglishWordsButNotTechTokens() throws Exception {
		var analyzer = Search.mapping(this.entityManager.getEntityManagerFactory())
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer("text_en")
			.orElseThrow();

		assertThat(AnalyzerTerms.of(analyzer, "Engineers engineering systems"))
			.containsExactly("engin", "engin", "system");
		assertThat(AnalyzerTerms.of(analyzer, "C++ C# Node.js k8s .NET's")).containsExactly("c++", "c#", "node.js",
				"k8s", ".net");
	}

}

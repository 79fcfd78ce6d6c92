package com.candidatesearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTests {

	private final Synonyms builtIn = Synonyms.load(null);

	@Test
	void theBuiltInListHoldsAtLeast150PairsWithTheOnesRecruitersAskFor() {
		assertThat(this.builtIn.size()).isGreaterThanOrEqualTo(150);
		assertThat(this.builtIn.alternativesOf("js")).contains("JavaScript", "ECMAScript");
		assertThat(this.builtIn.alternativesOf("TS")).contains("TypeScript");
		assertThat(this.builtIn.alternativesOf("k8s")).contains("Kubernetes");
		assertThat(this.builtIn.alternativesOf("Postgres")).contains("PostgreSQL");
		assertThat(this.builtIn.alternativesOf("ML")).contains("Machine Learning");
		assertThat(this.builtIn.alternativesOf("TF")).contains("TensorFlow");
		assertThat(this.builtIn.alternativesOf("GCP")).contains("Google Cloud");
		assertThat(this.builtIn.alternativesOf("NLP")).contains("Natural Language Processing");
		assertThat(this.builtIn.alternativesOf("CV")).contains("Computer Vision");
		assertThat(this.builtIn.alternativesOf("LLM")).contains("Large Language Models");
		assertThat(this.builtIn.alternativesOf("machine learning")).as("case folded").contains("ML")
			.doesNotContain("Machine Learning");
		assertThat(this.builtIn.alternativesOf("COBOL")).isEmpty();
	}

	@Test
	void aRecruitersOwnListExtendsTheBuiltInOne(@TempDir Path folder) throws IOException {
		Path extra = Files.writeString(folder.resolve("synonyms.txt"),
				"# our own\nKubernetes, container orchestration\nGo, Golang\n");

		Synonyms extended = Synonyms.load(extra);

		assertThat(extended.alternativesOf("container orchestration")).contains("Kubernetes", "K8s");
		assertThat(extended.alternativesOf("k8s")).contains("container orchestration");
		assertThat(extended.size()).isGreaterThan(this.builtIn.size());
	}

}

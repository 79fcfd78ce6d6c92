package com.candidatesearch.parse.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which phrases read as job titles. */
class JobTitlesTests {

	@Test
	void twoTitlesHeldAtOnceAreATitle() {
		assertThat(JobTitles.looksLikeTitle("CEO/President")).isTrue();
		assertThat(JobTitles.looksLikeTitle("Senior Engineer/Analyst")).isTrue();
	}

	@Test
	void aSlashWithOneTitleIsNone() {
		assertThat(JobTitles.looksLikeTitle("Mpeg/Engineer")).isFalse();
		assertThat(JobTitles.looksLikeTitle("TCP/IP")).isFalse();
	}


	@Test
	void aTitleMayEndInItsLevel() {
		assertThat(JobTitles.looksLikeTitle("Software Engineer II")).isTrue();
		assertThat(JobTitles.looksLikeTitle("Data Scientist (L5)")).isTrue();
		assertThat(JobTitles.looksLikeTitle("Support Engineer 3")).isTrue();
		assertThat(JobTitles.looksLikeTitle("Studio V")).isFalse();
	}

}

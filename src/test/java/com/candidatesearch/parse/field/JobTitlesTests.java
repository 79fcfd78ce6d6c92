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

	@Test
	void aChineseOrJapaneseTitleEndsWithItsHeadWord() {
		assertThat(JobTitles.looksLikeTitle("Android高级工程师")).isTrue();
		assertThat(JobTitles.looksLikeTitle("产品经理")).isTrue();
		assertThat(JobTitles.looksLikeTitle("ソフトウェアエンジニア")).isTrue();
		assertThat(JobTitles.looksLikeTitle("BBB信息技术有限公司")).isFalse();
	}

}

package com.candidatesearch.upload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(FileNames.clean("C:\\Users\\me\\cv.pdf")).isEqualTo("cv.pdf");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void dropsControlCharactersAndBoundsTheLength() {
		assertThat(FileNames.clean("cv\u0000\n.pdf")).isEqualTo("cv.pdf");
		assertThat(FileNames.clean("a".repeat(1000))).hasSize(255);
	}

	@Test
	void namesAMissingFileName() {
		assertThat(FileNames.clean(null)).isEqualTo("resume");
		assertThat(FileNames.clean("dir/")).isEqualTo("resume");
	}

}

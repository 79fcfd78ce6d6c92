package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a section's lines read as when its heading does not say. */
class ContentKindTests {

	@Test
	void aParagraphOfSentencesIsProseThoughItNamesAYear() {
		assertThat(ContentKind.prose(List.of(Line.text("Lulusan SMK Perhotelan tahun 2021. Pengalaman magang sebagai "
				+ "receptionist di Hotel Santika Yogyakarta selama 6 bulan. Ramah, teliti, dan cepat belajar.")))).isTrue();
	}

	@Test
	void aLineWithDatesIsNoProse() {
		assertThat(ContentKind.prose(List.of(Line.text("Senior Engineer at Acme Robotics in Berlin, 2019 to 2021, "
				+ "leading the platform group.")))).isFalse();
	}

}

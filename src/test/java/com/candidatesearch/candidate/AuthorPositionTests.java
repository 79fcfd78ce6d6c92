package com.candidatesearch.candidate;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorPositionTests {

	@Test
	void findsTheCandidateHoweverTheNameIsPrinted() {
		assertThat(AuthorPosition.of("Steven Walton", List.of("S. Walton", "A. Hassani", "H. Shi")))
			.isEqualTo(AuthorPosition.FIRST);
		assertThat(AuthorPosition.of("Steven Walton", List.of("J Li", "A. Hassani", "**S Walton**", "H Shi")))
			.isEqualTo(AuthorPosition.MIDDLE);
		assertThat(AuthorPosition.of("Maximilian Lam", List.of("Kangwook Lee", "Walton, S.", "Lam, Maximilian")))
			.isEqualTo(AuthorPosition.LAST);
		assertThat(AuthorPosition.of("José Núñez", List.of("Jose Nunez"))).isEqualTo(AuthorPosition.SOLE);
	}

	@Test
	void aDifferentGivenNameOrInitialIsSomeoneElse() {
		assertThat(AuthorPosition.of("Steven Walton", List.of("Mary Walton", "R. Walton"))).isNull();
		assertThat(AuthorPosition.of("Steven Walton", List.of())).isNull();
		assertThat(AuthorPosition.of("Prabhat", List.of("Prabhat"))).isNull();
	}

}

package com.candidatesearch.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTests {

	@Test
	void onePageNeedsNoLinks() {
		Pagination pages = Pagination.of(1, 1);
		assertThat(pages.needed()).isFalse();
		assertThat(pages.previous()).isNull();
		assertThat(pages.next()).isNull();
	}

	@Test
	void middlePageShowsTwoEitherSideAndBothEnds() {
		Pagination pages = Pagination.of(6, 12);
		assertThat(pages.links()).extracting(Pagination.Item::number).containsExactly(1, null, 4, 5, 6, 7, 8, null, 12);
		assertThat(pages.links()).filteredOn(Pagination.Item::current).extracting(Pagination.Item::number).containsExactly(6);
		assertThat(pages.previous()).isEqualTo(5);
		assertThat(pages.next()).isEqualTo(7);
	}

	@Test
	void noGapWhereThePagesMeet() {
		assertThat(Pagination.of(3, 5).links()).extracting(Pagination.Item::number).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void pageBeyondTheLastLeadsBackToTheLast() {
		Pagination pages = Pagination.of(9, 3);
		assertThat(pages.previous()).isEqualTo(3);
		assertThat(pages.next()).isNull();
	}

}

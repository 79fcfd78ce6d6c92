package com.candidatesearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTests {

	private static final String S = Highlight.START;

	private static final String E = Highlight.END;

	@Test
	void marksEachMatchAndKeepsTheTextAround() {
		String content = "Senior engineer using Python and Rust daily";
		Object formatted = new Passages().format(new Passage[] { passage(content, 0, content.length(), "Python", "Rust") },
				content);
		assertThat(Passages.split((String) formatted))
			.containsExactly("Senior engineer using " + S + "Python" + E + " and " + S + "Rust" + E + " daily");
	}

	@Test
	void joinsTheLinesOfAPassageAndDropsValueSeparatorsAtItsEnds() {
		String content = "\u0000EXPERIENCE\nAcme - Python developer\n\u0000";
		Object formatted = new Passages().format(new Passage[] { passage(content, 0, content.length(), "Python") },
				content);
		assertThat(Passages.split((String) formatted)).containsExactly("EXPERIENCE · Acme - " + S + "Python" + E
				+ " developer");
	}

	@Test
	void keepsPassagesApartAndValuesOfOneFieldApartByACommaInside() {
		String content = "Go\u0000Python\u0000Rust";
		Passage first = passage(content, 0, 9, "Python");
		Passage second = passage(content, 10, 14, "Rust");
		Object formatted = new Passages().format(new Passage[] { first, second }, content);
		assertThat(Passages.split((String) formatted)).containsExactly("Go, " + S + "Python" + E, S + "Rust" + E);
	}

	@Test
	void aFieldWithoutPassagesHasNone() {
		assertThat(Passages.split(null)).isEmpty();
		assertThat(Passages.split(" ")).isEmpty();
	}

	private static Passage passage(String content, int start, int end, String... matches) {
		Passage passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(end);
		for (String match : matches) {
			int at = content.indexOf(match, start);
			passage.addMatch(at, at + match.length(), new BytesRef(match), 1);
		}
		return passage;
	}

}

package com.candidatesearch.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a parse scored against its gold file: counts per section, in score.py's report order
 * (the contract's sections, {@code skills.name} after {@code skills}, then any other top-level
 * key sorted), and every false positive and false negative in the order score.py finds them.
 *
 * @param sections counts per section, in report order
 * @param differences each field counted as FP or FN
 */
public record Score(Map<String, Counts> sections, List<Difference> differences) {

	public Score {
		sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
		differences = List.copyOf(differences);
	}

	/** All sections added up (micro totals), the figure of score.py's final line. */
	public Counts overall() {
		return this.sections.values().stream().reduce(Counts.NONE, Counts::plus);
	}

}

package com.candidatesearch.version;

import java.util.List;

/**
 * What changed in one section of the profile between two versions.
 *
 * @param section the section as the profile calls it: "Work", "Skills", "Basics"
 * @param changes one sentence per change: "added Staff Engineer at Acme (2025–present)"
 */
public record SectionChanges(String section, List<String> changes) {

	public SectionChanges {
		changes = List.copyOf(changes);
	}

	/** "Work: added Staff Engineer at Acme (2025–present)", one line per change. */
	public List<String> lines() {
		return this.changes.stream().map(change -> this.section + ": " + change).toList();
	}

}

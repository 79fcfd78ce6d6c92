package com.candidatesearch.parse.field;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a job entry read as employer, position and location, from one line ("Senior
 * Engineer, Shopify, Ottawa", "Nubank | Director of Engineering") or several in either order
 * (a title line over "Flipkart, Bengaluru", an employer heading over its title).
 *
 * @param employer the organisation, or {@code null}
 * @param position the job title, or {@code null}
 * @param location the place, or {@code null}
 */
record PositionHead(String employer, String position, String location) {

	/** The head of one line alone. */
	static PositionHead of(String text) {
		return read(List.of(text), new ArrayList<>());
	}

	/**
	 * The head read from its lines, each part taken once: the first title, the first
	 * organisation, the places of the first line that names one.
	 *
	 * @param lines the head's lines, dates taken out
	 * @param unused where the lines that added nothing go (the summary keeps them)
	 */
	static PositionHead read(List<String> lines, List<String> unused) {
		String employer = null;
		String position = null;
		String location = null;
		String guessed = null;
		String titledUnit = null;
		for (String line : lines) {
			if (location == null && (employer != null || position != null) && HeaderPlace.isAddressLine(line)) {
				// "3 Montague Street, Dublin 2, D02 V327, Ireland" under the employer: where it is
				location = line.strip();
				continue;
			}
			boolean used = false;
			List<HeadParts.Part> parts = HeadParts.of(line, employer != null && guessed == null);
			if (titledUnit != null && parts.stream().noneMatch(part -> part.kind() == HeadParts.Kind.TITLE)
					&& parts.stream().anyMatch(part -> part.kind() == HeadParts.Kind.ORGANISATION)) {
				// "Research Intern, Speech Team" over "Anderson - Halvorson · Jacobitown": the team
				// after the title's comma is part of the title, the organisation is named below
				position = titledUnit;
				employer = null;
				guessed = null;
			}
			titledUnit = null;
			if (position == null && employer == null && parts.size() == 2 && parts.get(0).kind() == HeadParts.Kind.TITLE
					&& parts.get(1).kind() == HeadParts.Kind.ORGANISATION && HeadParts.isUnit(parts.get(1).text())
					&& line.strip().equals(parts.get(0).text() + ", " + parts.get(1).text())) {
				titledUnit = line.strip();
			}
			if (employer != null && position == null && parts.size() == 2 && parts.get(0).whole() != null
					&& parts.get(1).kind() == HeadParts.Kind.TITLE) {
				// "Firmware Intern" under "Veum, Wolf and Waters": with the employer named above,
				// the word before the title's head is part of the title, not another employer
				position = line.strip();
				continue;
			}
			for (HeadParts.Part part : parts) {
				switch (part.kind()) {
					case TITLE -> {
						if (position == null) {
							position = part.text();
							used = true;
						}
					}
					case ORGANISATION -> {
						if (employer == null) {
							employer = part.text();
							guessed = part.whole();
							used = true;
						}
						else if (guessed != null && part.whole() == null) {
							// "Independent consultant" over "National Youth Council": the first line was the title alone
							position = guessed;
							employer = part.text();
							guessed = null;
							used = true;
						}
					}
					case PLACE -> {
						if (location == null) {
							location = part.text();
							used = true;
						}
					}
				}
			}
			if (!used) {
				unused.add(line);
			}
		}
		if (employer == null && location != null && location.contains(", ")) {
			int comma = location.indexOf(", ");
			String[] town = location.substring(0, comma).split("\\s+");
			if (!HeadPlaces.strongPlace(location)) {
				// "Acme, Berlin" alone under a title: the first name is the organisation after all
				employer = location.substring(0, comma);
				location = location.substring(comma + 2);
			}
			else if (town.length >= 3) {
				// "Other Corp Seattle, WA": a name run into its town, which is the last word before the state
				employer = String.join(" ", java.util.Arrays.copyOfRange(town, 0, town.length - 1));
				location = town[town.length - 1] + location.substring(comma);
			}
		}
		return new PositionHead(employer, position, location);
	}

}

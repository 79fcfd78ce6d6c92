package com.candidatesearch.parse.section;

import java.util.List;

import com.candidatesearch.parse.field.ContactDetails;
import com.candidatesearch.parse.field.HeaderReader;
import com.candidatesearch.parse.layout.Line;

/**
 * The header a sidebar-first layout prints after the sidebar's sections (skills, languages and
 * interests in the page's first column, then the name, contact details, headline and summary
 * above the experience): where the lines before the first section hold no name and no contact
 * detail, a person's name with an e-mail address or phone number a few lines under it opens the
 * header, and it runs to the end of the section it was read into.
 */
final class LateHeader {

	/** How many lines under the name the first contact detail may be (a place on one or two lines first). */
	private static final int CONTACT_WITHIN = 4;

	private LateHeader() {
	}

	/** Moves the late header, if any, from the end of its section to the header. */
	static void move(List<Line> header, List<SectionSplitter.Draft> drafts) {
		if (header.stream().anyMatch(line -> isContact(line) || HeaderReader.isPersonName(line.text().strip()))) {
			return;
		}
		for (SectionSplitter.Draft draft : drafts) {
			for (int i = 0; i < draft.body.size(); i++) {
				// (a list's last item, "Lead Climbing" over the name card, is no name)
				if (!draft.body.get(i).isItem() && HeaderReader.isPersonName(draft.body.get(i).text().strip())
						&& contactUnder(draft.body, i)) {
					List<Line> card = draft.body.subList(i, draft.body.size());
					header.addAll(card);
					card.clear();
					return;
				}
			}
		}
	}

	private static boolean contactUnder(List<Line> lines, int name) {
		for (int i = name + 1; i < Math.min(lines.size(), name + 1 + CONTACT_WITHIN); i++) {
			if (isContact(lines.get(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isContact(Line line) {
		return ContactDetails.email(line.text()) != null || ContactDetails.phone(line.text()) != null;
	}

}

package com.candidatesearch.parse.field;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a converter ran two blocks of text into one line without a space ("Doctoral
 * FellowshipSocial Sciences and Humanities Research Council", "Polysynthetic
 * LanguagesProceedings of INTERSPEECH"), as LibreOffice does with a theme's title and subtitle
 * set as blocks by style rules it does not read.
 */
final class Glue {

	/**
	 * A word's small letters (three or more, so "McGlynn", "MacBook", "GitHub" and "iPhone" are
	 * no glue) right before a capitalised word ("Fellowship|Social").
	 */
	private static final Pattern POINT = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu}\\p{Ll})");

	/**
	 * A capital right after a small letter inside a word, where two runs of text were printed
	 * without a space: every place a name and its headline, or a title and its organisation, may
	 * have been run together; the readers of those decide by what stands on either side.
	 */
	static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

	/**
	 * Second halves of names written with two capitals ("TensorFlow", "PowerPoint",
	 * "SharePoint", "CloudFormation", "ElasticSearch"), which are one word, not glue.
	 */
	private static final Pattern BRAND_TAIL = Pattern.compile("(?:Flow|Point|Script|Hub|Lab|Base|Book|Board|Press|Works?"
			+ "|Force|Formation|Search|Cloud|Query|Store|Shop|Code|Desk|Sheet|Drive|Mind|Net|Ops|Sense|Stack|Space|Tube"
			+ "|Bank|Link|Data|Smith|Gres|Mart|Soft|Ware|Card|Rock|Rank|Box|Bucket|Cast|Craft|Dock|Engine|Gate|Grid|Kit"
			+ "|Line|Lens|Logic|Map|Maker|Pay|Scale|Shift|Spot|Star|Suite|Sync|Tech|Time|Vault|View|Wave|Way|Wise)\\b.*",
			Pattern.DOTALL);

	private Glue() {
	}

	/**
	 * Where the second block starts, or -1: the first such point with two words or more before
	 * it and no usual second half of a brand after it, so that a name written in one word with
	 * two capitals ("PowerPoint", "TensorFlow") is never cut.
	 */
	static int at(String text) {
		if (text == null) {
			return -1;
		}
		Matcher point = POINT.matcher(text);
		while (point.find()) {
			if (text.substring(0, point.start()).strip().contains(" ")
					&& !BRAND_TAIL.matcher(text.substring(point.start())).matches()) {
				return point.start();
			}
		}
		return -1;
	}

}

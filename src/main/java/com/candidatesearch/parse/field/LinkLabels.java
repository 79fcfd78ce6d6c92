package com.candidatesearch.parse.field;

import java.util.regex.Pattern;

/**
 * The words a page sets on a link in place of its address ("View publication", "Read more",
 * "Website"): they say nothing of the entry they sit in, and a line of them alone is no title,
 * venue or sentence of it.
 */
public final class LinkLabels {

	private static final Pattern LABEL = Pattern.compile("(?i)(?:(?:view|read|see|visit|open|download|watch)"
			+ "(?:\\s+(?:the|this|full|on))?(?:\\s+(?:publication|paper|article|project|website|site|page|link|more|pdf|code"
			+ "|demo|certificate|credential|slides|video|repository|repo|details|online))?|link|pdf|demo|source code)\\s*[→›»>]?");

	private LinkLabels() {
	}

	/** Whether the whole line is a link's label. */
	public static boolean isLabel(String text) {
		return text.length() <= 40 && LABEL.matcher(text.strip()).matches();
	}

}

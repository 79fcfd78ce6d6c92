package com.candidatesearch.upload;

/** Uploaded file names as browsers and scripts send them: possibly with a path, possibly absent. */
final class FileNames {

	private static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	/** The last path segment, without control characters, at most 255 characters; "resume" when absent. */
	static String clean(String original) {
		if (original == null) {
			return "resume";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "resume";
		}
		return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
	}

}

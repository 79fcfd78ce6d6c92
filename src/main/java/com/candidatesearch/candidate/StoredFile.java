package com.candidatesearch.candidate;

/**
 * The bytes of an uploaded original, to download or view.
 *
 * @param fileName the name it was uploaded under
 * @param mediaType the media type detected from its bytes
 * @param bytes its content
 */
public record StoredFile(String fileName, String mediaType, byte[] bytes) {

	private static final int MAX_DOWNLOAD_NAME = 150;

	/** The uploaded name reduced to letters, digits, dots, dashes and underscores, so no header or path tricks. */
	public String downloadName() {
		String name = this.fileName == null ? "" : this.fileName.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		name = name.replaceAll("^[._]+", "");
		if (name.length() > MAX_DOWNLOAD_NAME) {
			name = name.substring(name.length() - MAX_DOWNLOAD_NAME);
			name = Character.isLowSurrogate(name.charAt(0)) ? name.substring(1) : name;
		}
		return name.isEmpty() ? "resume" : name;
	}

}

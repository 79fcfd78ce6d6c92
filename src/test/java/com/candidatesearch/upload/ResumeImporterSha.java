package com.candidatesearch.upload;

/** The SHA-256 the importer files bytes under, for tests outside this package. */
public final class ResumeImporterSha {

	private ResumeImporterSha() {
	}

	public static String of(byte[] bytes) {
		return ResumeImporter.sha256(bytes);
	}

}

package com.candidatesearch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each gold file of a corpus comes from, read from the gold folder's {@code SOURCES} file,
 * and which part of the corpus each source belongs to, from its {@code SPLIT} file.
 * <p>
 * {@code SOURCES} has one line a stem, tab-separated: stem, source, kind, origin, licence.
 * {@code SPLIT} has one line a source: source, part ({@code dev} or {@code heldout}). Lines
 * starting with {@code #} are comments in both.
 *
 * @param sourceOf the source of each stem, in the file's order
 * @param partOf the part of each source; empty when the corpus has no split
 */
record CorpusSources(Map<String, String> sourceOf, Map<String, String> partOf) {

	static final String SOURCES = "SOURCES";

	static final String SPLIT = "SPLIT";

	/** A stem that SOURCES does not list is grouped under this name, so it still shows. */
	static final String UNLISTED = "(not in SOURCES)";

	/**
	 * Reads a gold folder's SOURCES and SPLIT files.
	 * @return the sources, or {@code null} when the folder has no SOURCES file
	 * @throws IOException when a file cannot be read or a line has too few columns
	 */
	static CorpusSources readFrom(Path goldFolder) throws IOException {
		Path sources = goldFolder.resolve(SOURCES);
		if (!Files.isRegularFile(sources)) {
			return null;
		}
		Map<String, String> sourceOf = columns(sources, 5);
		Path split = goldFolder.resolve(SPLIT);
		Map<String, String> partOf = Files.isRegularFile(split) ? columns(split, 2) : Map.of();
		return new CorpusSources(sourceOf, partOf);
	}

	/** The first column mapped to the second, checking each line has {@code count} columns. */
	private static Map<String, String> columns(Path file, int count) throws IOException {
		Map<String, String> map = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length < count) {
				throw new IOException(file.getFileName() + " line " + (i + 1) + ": expected " + count
						+ " tab-separated columns, found " + fields.length);
			}
			map.put(fields[0].strip(), fields[1].strip());
		}
		return map;
	}

	String sourceOfStem(String stem) {
		return this.sourceOf.getOrDefault(stem, UNLISTED);
	}

	/** The part of a source, or {@code null} when the corpus has no split or does not name it. */
	String partOfSource(String source) {
		return this.partOf.get(source);
	}

}

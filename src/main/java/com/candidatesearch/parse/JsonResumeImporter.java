package com.candidatesearch.parse;

import java.util.Map;
import java.util.Set;

import com.candidatesearch.parse.field.Entry;
import com.candidatesearch.parse.read.DocumentReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes a JSON Resume (jsonresume.org) as an already-parsed resume: its keys map straight
 * onto the contract, and the keys the contract does not carry (volunteer, interests,
 * references, meta) are dropped.
 */
final class JsonResumeImporter {

	/** The top-level keys of JSON Resume and whether each holds an object (else an array). */
	private static final Map<String, Boolean> KNOWN = Map.ofEntries(Map.entry("basics", true), Map.entry("work", false),
			Map.entry("volunteer", false), Map.entry("education", false), Map.entry("awards", false),
			Map.entry("certificates", false), Map.entry("publications", false), Map.entry("skills", false),
			Map.entry("languages", false), Map.entry("interests", false), Map.entry("references", false),
			Map.entry("projects", false), Map.entry("teaching", false), Map.entry("meta", true));

	private static final Set<String> CONTRACT = Set.of("basics", "work", "education", "awards", "certificates",
			"publications", "skills", "languages", "projects", "teaching");

	private static final Set<String> CORE = Set.of("basics", "work", "education", "skills");

	private final JsonMapper mapper = JsonMapper.builder().build();

	/** Whether the bytes look like a JSON document rather than text that happens to hold a brace. */
	static boolean looksLikeJson(byte[] content) {
		for (byte b : content) {
			if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				return b == '{' || b == '[';
			}
		}
		return false;
	}

	ParsedResume read(String fileName, byte[] content) throws ResumeParseException {
		JsonNode root;
		try {
			root = this.mapper.readTree(DocumentReader.decode(content));
		}
		catch (JacksonException ex) {
			throw new CorruptResumeException(fileName + " is not valid JSON (" + ex.getOriginalMessage()
					+ "): fix the file or upload the resume as PDF, Word or text.", ex);
		}
		if (!isJsonResume(root)) {
			throw new UnsupportedResumeFormatException(fileName + " is JSON but not a JSON Resume (it needs basics, "
					+ "work, education or skills as jsonresume.org defines them): upload the resume as PDF, Word or text.");
		}
		ObjectNode kept = this.mapper.createObjectNode();
		root.properties().forEach(property -> {
			if (CONTRACT.contains(property.getKey())) {
				kept.set(property.getKey(), property.getValue());
			}
		});
		try {
			return this.mapper.treeToValue(kept, ParsedResume.class);
		}
		catch (JacksonException ex) {
			throw new UnsupportedResumeFormatException(fileName + " looks like a JSON Resume but a field has the wrong "
					+ "type (" + ex.getOriginalMessage() + "): fix the file and upload it again.", ex);
		}
	}

	private static boolean isJsonResume(JsonNode root) {
		if (root == null || !root.isObject()) {
			return false;
		}
		boolean core = false;
		for (Map.Entry<String, JsonNode> property : root.properties()) {
			Boolean object = KNOWN.get(property.getKey());
			if (object == null) {
				continue;
			}
			JsonNode value = property.getValue();
			if (object ? !value.isObject() : !value.isArray()) {
				return false;
			}
			core |= CORE.contains(property.getKey());
		}
		return core;
	}

}

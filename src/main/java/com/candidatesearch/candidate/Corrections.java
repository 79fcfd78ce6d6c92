package com.candidatesearch.candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.candidatesearch.parse.ParsedResume;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a resume's fields by their contract path ({@code work[1].name},
 * {@code basics.location.city}) and applies recruiters' corrections to a parse. Works on the
 * contract's JSON, so a path means exactly what the export shows.
 */
final class Corrections {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d{1,4})])?");

	private Corrections() {
	}

	/** The resume with the corrections applied in order; one whose entry no longer exists is skipped. */
	static ParsedResume apply(ParsedResume resume, List<Correction> corrections) {
		if (corrections.isEmpty()) {
			return resume;
		}
		ObjectNode tree = JSON.valueToTree(resume);
		for (Correction correction : corrections) {
			if (correction.getAction() == Correction.Action.REMOVE) {
				remove(tree, correction.getPath());
			}
			else {
				set(tree, correction.getPath(), correction.getCorrectedValue());
			}
		}
		return JSON.treeToValue(tree, ParsedResume.class);
	}

	/** The value at a path as the edit form shows it, lists one item per line; {@code null} when unknown. */
	static String read(ParsedResume resume, String path) {
		JsonNode node = JSON.valueToTree(resume);
		for (String step : path.split("\\.")) {
			node = child(node, step);
			if (node == null) {
				return null;
			}
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.forEach(item -> items.add(item.asString()));
			return String.join("\n", items);
		}
		return node.isNull() ? null : node.asString();
	}

	/** Whether the entry (or field) at a path exists. */
	static boolean exists(ParsedResume resume, String entryPath) {
		JsonNode node = JSON.valueToTree(resume);
		for (String step : entryPath.split("\\.")) {
			node = child(node, step);
			if (node == null) {
				return false;
			}
		}
		return true;
	}

	private static void set(ObjectNode tree, String path, String value) {
		String[] steps = path.split("\\.");
		JsonNode node = tree;
		for (int i = 0; i < steps.length - 1; i++) {
			JsonNode next = child(node, steps[i]);
			if (next == null && node instanceof ObjectNode object && !steps[i].contains("[")) {
				next = object.putObject(steps[i]);
			}
			if (next == null) {
				return;
			}
			node = next;
		}
		if (!(node instanceof ObjectNode entry)) {
			return;
		}
		String field = steps[steps.length - 1];
		if (value == null || value.isBlank()) {
			entry.remove(field);
		}
		else if (isList(field)) {
			ArrayNode items = entry.putArray(field);
			Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(items::add);
		}
		else {
			entry.put(field, value.strip());
		}
	}

	private static void remove(ObjectNode tree, String path) {
		Matcher step = STEP.matcher(path);
		if (step.matches() && step.group(2) != null && tree.get(step.group(1)) instanceof ArrayNode entries) {
			int index = Integer.parseInt(step.group(2));
			if (index < entries.size()) {
				entries.remove(index);
			}
		}
	}

	private static JsonNode child(JsonNode node, String step) {
		Matcher matcher = STEP.matcher(step);
		if (node == null || !matcher.matches()) {
			return null;
		}
		JsonNode child = node.get(matcher.group(1));
		if (child == null || matcher.group(2) == null) {
			return child;
		}
		int index = Integer.parseInt(matcher.group(2));
		return child.isArray() && index < child.size() ? child.get(index) : null;
	}

	/** The contract's list fields, entered one item per line. */
	static boolean isList(String field) {
		return switch (field) {
			case "highlights", "authors", "keywords", "courses" -> true;
			default -> false;
		};
	}

}

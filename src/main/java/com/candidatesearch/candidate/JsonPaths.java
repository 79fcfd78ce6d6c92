package com.candidatesearch.candidate;

import java.util.LinkedHashMap;
import java.util.Map;

import com.candidatesearch.parse.ParsedResume;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every text value of a resume by its path in the contract, as field sources name them: {@code work[1].name}. */
final class JsonPaths {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonPaths() {
	}

	static Map<String, String> scalars(ParsedResume resume) {
		Map<String, String> values = new LinkedHashMap<>();
		JsonNode tree = JSON.valueToTree(resume);
		tree.properties().forEach(section -> walk(section.getKey(), section.getValue(), values));
		return values;
	}

	private static void walk(String path, JsonNode node, Map<String, String> values) {
		if (node.isObject()) {
			node.properties().forEach(field -> walk(path + "." + field.getKey(), field.getValue(), values));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(path + "[" + i + "]", node.get(i), values);
			}
		}
		else if (node.isValueNode()) {
			values.put(path, node.asString());
		}
	}

}

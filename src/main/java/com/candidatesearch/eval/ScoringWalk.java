package com.candidatesearch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One scoring of a parse against its gold file, walking both documents as score.py's
 * {@code score_docs} does: objects field by field, lists of items paired by their key field,
 * string lists element by element, skills flattened. Used once, then thrown away.
 */
final class ScoringWalk {

	private static final JsonNode NO_OBJECT = JsonNodeFactory.instance.objectNode();

	private static final String SKILL_NAMES = "skills.name";

	private final Tally tally = new Tally();

	private final Similarity similarity = new Similarity();

	private final ItemPairing pairing = new ItemPairing(this.similarity);

	Score score(JsonNode predicted, JsonNode gold) {
		JsonNode pred = object(predicted);
		JsonNode expected = object(gold);
		ContractShape.SECTIONS.forEach(this.tally::open);
		for (String key : keysOf(expected, pred)) {
			JsonNode p = pred.get(key);
			JsonNode g = expected.get(key);
			if (key.equals("basics")) {
				scoreObject("basics", "basics", "basics", p, g);
			}
			else if (key.equals("skills")) {
				scoreSkills(p, g);
			}
			else if (ContractShape.KEY_FIELD.containsKey(key)) {
				scoreItems(key, key, key, p, g);
			}
			else {
				allFalse(key, key, p, true);
				allFalse(key, key, g, false);
			}
		}
		return this.tally.score();
	}

	/** Two objects of one kind (either may be absent) compared field by field. */
	private void scoreObject(String section, String path, String shapeKey, JsonNode predicted, JsonNode gold) {
		JsonNode pred = object(predicted);
		JsonNode expected = object(gold);
		List<String> allowed = ContractShape.SHAPE.getOrDefault(shapeKey, List.of());
		List<String> keys = new ArrayList<>();
		allowed.stream().filter((key) -> pred.has(key) || expected.has(key)).forEach(keys::add);
		// score.py checks "k not in keys" before adding any of these, so a key outside the
		// contract that both documents have is listed, and counted, twice; kept so figures agree
		pred.propertyNames().stream().filter((key) -> !allowed.contains(key)).forEach(keys::add);
		expected.propertyNames().stream().filter((key) -> !allowed.contains(key)).forEach(keys::add);
		for (String key : keys) {
			JsonNode p = pred.get(key);
			JsonNode g = expected.get(key);
			String where = path + "." + key;
			if (!allowed.contains(key)) {
				allFalse(section, where, p, true);
				allFalse(section, where, g, false);
			}
			else if (shapeKey.equals("basics") && key.equals("location")) {
				scoreObject(section, where, "basics.location", p, g);
			}
			else if (shapeKey.equals("basics") && key.equals("profiles")) {
				scoreItems(section, where, "basics.profiles", p, g);
			}
			else if (ContractShape.LIST_FIELDS.contains(key)) {
				scoreStrings(section, where, JsonValues.texts(p), JsonValues.texts(g));
			}
			else {
				scoreScalar(section, where, key, p, g);
			}
		}
	}

	private void scoreScalar(String section, String where, String field, JsonNode p, JsonNode g) {
		boolean noPrediction = JsonValues.isEmpty(p);
		boolean noGold = JsonValues.isEmpty(g);
		if (noPrediction && noGold) {
			return;
		}
		if (noPrediction) {
			this.tally.falseNegative(section, where, JsonValues.json(g));
		}
		else if (noGold) {
			this.tally.falsePositive(section, where, JsonValues.json(p));
		}
		else if (this.similarity.matches(JsonValues.text(p), JsonValues.text(g), field)) {
			this.tally.truePositives(section, 1);
		}
		else {
			this.tally.falsePositive(section, where, JsonValues.json(p));
			this.tally.falseNegative(section, where, JsonValues.json(g));
		}
	}

	/** Lists of items paired one to one by key field; pairs are then scored field by field. */
	private void scoreItems(String section, String path, String shapeKey, JsonNode predicted, JsonNode gold) {
		List<JsonNode> pred = nonEmpty(JsonValues.elements(predicted));
		List<JsonNode> expected = nonEmpty(JsonValues.elements(gold));
		ItemPairing.Pairs pairs = this.pairing.pairItems(shapeKey, pred, expected);
		for (ItemPairing.Pair pair : pairs.pairs()) {
			scoreObject(section, path + "[" + pair.gold() + "]", shapeKey, pred.get(pair.predicted()),
					expected.get(pair.gold()));
		}
		for (int i : pairs.unmatchedPredicted()) {
			allFalse(section, path + "[pred " + i + "]", pred.get(i), true);
		}
		for (int j : pairs.unmatchedGold()) {
			allFalse(section, path + "[" + j + "]", expected.get(j), false);
		}
	}

	/** String lists matched element to element; each element counts once. */
	private void scoreStrings(String section, String path, List<String> pred, List<String> gold) {
		ItemPairing.Pairs pairs = this.pairing.pairTexts(pred, gold);
		this.tally.truePositives(section, pairs.pairs().size());
		for (int i : pairs.unmatchedPredicted()) {
			this.tally.falsePositive(section, path + "[]", JsonValues.json(pred.get(i)));
		}
		for (int j : pairs.unmatchedGold()) {
			this.tally.falseNegative(section, path + "[]", JsonValues.json(gold.get(j)));
		}
	}

	/**
	 * Keywords of all groups as one list, group names as another (their own, lighter row); which
	 * group a keyword sits in is not scored. Non-object groups are ignored, as score.py does.
	 */
	private void scoreSkills(JsonNode predicted, JsonNode gold) {
		List<JsonNode> pred = (predicted != null && predicted.isArray()) ? JsonValues.elements(predicted) : List.of();
		List<JsonNode> expected = (gold != null && gold.isArray()) ? JsonValues.elements(gold) : List.of();
		scoreStrings("skills", "skills.keywords", flatten(pred, "keywords"), flatten(expected, "keywords"));
		scoreStrings(SKILL_NAMES, SKILL_NAMES, flatten(pred, "name"), flatten(expected, "name"));
		List<String> allowed = ContractShape.SHAPE.get("skills");
		for (boolean isPrediction : new boolean[] { true, false }) {
			List<JsonNode> groups = isPrediction ? pred : expected;
			for (int i = 0; i < groups.size(); i++) {
				if (groups.get(i) == null || !groups.get(i).isObject()) {
					continue;
				}
				for (Map.Entry<String, JsonNode> property : groups.get(i).properties()) {
					if (!allowed.contains(property.getKey())) {
						allFalse("skills", "skills[" + i + "]." + property.getKey(), property.getValue(), isPrediction);
					}
				}
			}
		}
	}

	/**
	 * One field of every group as one list. score.py filters blanks twice here (once per group,
	 * once over the flat list), so an element whose text is blank, such as {@code [""]}, drops out.
	 */
	private static List<String> flatten(List<JsonNode> groups, String field) {
		List<String> flat = new ArrayList<>();
		for (JsonNode group : groups) {
			if (group != null && group.isObject()) {
				JsonValues.texts(group.get(field))
					.stream()
					.filter((text) -> !UnicodeFolding.strip(text).isEmpty())
					.forEach(flat::add);
			}
		}
		return flat;
	}

	/** Every leaf of a value counted as a false positive (prediction) or false negative (gold). */
	private void allFalse(String section, String path, JsonNode value, boolean isPrediction) {
		if (JsonValues.isEmpty(value)) {
			return;
		}
		if (value.isObject()) {
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				allFalse(section, path + "." + property.getKey(), property.getValue(), isPrediction);
			}
		}
		else if (value.isArray()) {
			for (int i = 0; i < value.size(); i++) {
				JsonNode element = value.get(i);
				allFalse(section, element.isString() ? path + "[]" : path + "[" + i + "]", element, isPrediction);
			}
		}
		else if (isPrediction) {
			this.tally.falsePositive(section, path, JsonValues.json(value));
		}
		else {
			this.tally.falseNegative(section, path, JsonValues.json(value));
		}
	}

	private static JsonNode object(JsonNode value) {
		return (value != null && value.isObject()) ? value : NO_OBJECT;
	}

	/** The keys of the first object, then those of the second it lacks, each in document order. */
	private static List<String> keysOf(JsonNode first, JsonNode second) {
		List<String> keys = new ArrayList<>(first.propertyNames());
		second.propertyNames().stream().filter((key) -> !first.has(key)).forEach(keys::add);
		return keys;
	}

	private static List<JsonNode> nonEmpty(List<JsonNode> values) {
		return values.stream().filter((value) -> !JsonValues.isEmpty(value)).toList();
	}

}

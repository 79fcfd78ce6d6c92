package com.candidatesearch.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.databind.JsonNode;

/**
 * JSON values read the way score.py's Python reads them: what counts as empty, the text of a
 * value where a string belongs ({@code value_text}), and {@code json.dumps} for the listing of
 * differences. Numbers print as Python prints them, so a GPA of {@code 3.8} reads "3.8".
 */
final class JsonValues {

	private JsonValues() {
	}

	/** score.py's {@code empty()}: absent, null, blank text, {@code []} or {@code {}}. */
	static boolean isEmpty(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return true;
		}
		if (value.isString()) {
			return UnicodeFolding.strip(value.stringValue()).isEmpty();
		}
		return value.isContainer() && value.isEmpty();
	}

	/** score.py's {@code value_text()}: a value as text; list and object values joined by "; ". */
	static String text(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "True" : "False";
		}
		if (value.isIntegralNumber()) {
			return value.bigIntegerValue().toString();
		}
		if (value.isNumber()) {
			return pythonFloat(value.doubleValue());
		}
		if (value.isContainer()) {
			StringJoiner joined = new StringJoiner("; ");
			value.values().forEach((element) -> joined.add(text(element)));
			return joined.toString();
		}
		return value.asString();
	}

	/** score.py's {@code str_list()}: the non-empty elements of a list (or a lone value) as text. */
	static List<String> texts(JsonNode value) {
		List<String> texts = new ArrayList<>();
		if (isEmpty(value)) {
			return texts;
		}
		if (!value.isArray()) {
			texts.add(text(value));
			return texts;
		}
		value.values().stream().filter((element) -> !isEmpty(element)).map(JsonValues::text).forEach(texts::add);
		return texts;
	}

	/** The elements of a list, or the value itself as a one-element list. */
	static List<JsonNode> elements(JsonNode value) {
		if (value != null && value.isArray()) {
			return new ArrayList<>(value.values());
		}
		List<JsonNode> single = new ArrayList<>();
		single.add(value);
		return single;
	}

	/** Python's {@code json.dumps(value, ensure_ascii=False)}. */
	static String json(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "null";
		}
		if (value.isString()) {
			return json(value.stringValue());
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "true" : "false";
		}
		if (value.isNumber() && !value.isIntegralNumber()) {
			double number = value.doubleValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return Double.isNaN(number) ? "NaN" : ((number > 0) ? "Infinity" : "-Infinity");
			}
			return pythonFloat(number);
		}
		if (value.isArray()) {
			StringJoiner joined = new StringJoiner(", ", "[", "]");
			value.values().forEach((element) -> joined.add(json(element)));
			return joined.toString();
		}
		if (value.isObject()) {
			StringJoiner joined = new StringJoiner(", ", "{", "}");
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				joined.add(json(property.getKey()) + ": " + json(property.getValue()));
			}
			return joined.toString();
		}
		return text(value);
	}

	static String json(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int index = 0; index < text.length(); index++) {
			char ch = text.charAt(index);
			switch (ch) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				default -> json.append((ch < 0x20) ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
			}
		}
		return json.append('"').toString();
	}

	/**
	 * Python's {@code repr(float)}: the shortest digits that read back as the same double, in
	 * positional notation unless the exponent is below -4 or above 15. Computed with BigDecimal
	 * because Java 17's {@code Double.toString} sometimes prints a digit more than needed.
	 */
	static String pythonFloat(double number) {
		if (Double.isNaN(number)) {
			return "nan";
		}
		if (Double.isInfinite(number)) {
			return (number > 0) ? "inf" : "-inf";
		}
		if (number == 0) {
			return (1 / number < 0) ? "-0.0" : "0.0";
		}
		BigDecimal exact = new BigDecimal(Math.abs(number));
		BigDecimal shortest = exact;
		for (int precision = 1; precision <= 17; precision++) {
			shortest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
			if (shortest.doubleValue() == Math.abs(number)) {
				break;
			}
		}
		shortest = shortest.stripTrailingZeros();
		String digits = shortest.unscaledValue().toString();
		// the value is 0.<digits> times ten to the power point
		int point = digits.length() - shortest.scale();
		String sign = (number < 0) ? "-" : "";
		if (point <= -4 || point > 16) {
			String mantissa = (digits.length() == 1) ? digits : digits.charAt(0) + "." + digits.substring(1);
			int exponent = point - 1;
			return sign + mantissa + "e" + ((exponent < 0) ? "-" : "+") + String.format("%02d", Math.abs(exponent));
		}
		if (point <= 0) {
			return sign + "0." + "0".repeat(-point) + digits;
		}
		if (point >= digits.length()) {
			return sign + digits + "0".repeat(point - digits.length()) + ".0";
		}
		return sign + digits.substring(0, point) + "." + digits.substring(point);
	}

}

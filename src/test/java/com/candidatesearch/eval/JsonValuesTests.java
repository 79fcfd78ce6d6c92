package com.candidatesearch.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonValuesTests {

	@Test
	void floatsPrintAsPythonsRepr() {
		assertThat(JsonValues.pythonFloat(3.8)).isEqualTo("3.8");
		assertThat(JsonValues.pythonFloat(100.0)).isEqualTo("100.0");
		assertThat(JsonValues.pythonFloat(0.1 + 0.2)).isEqualTo("0.30000000000000004");
		assertThat(JsonValues.pythonFloat(1e16)).isEqualTo("1e+16");
		assertThat(JsonValues.pythonFloat(1e15)).isEqualTo("1000000000000000.0");
		assertThat(JsonValues.pythonFloat(0.0001)).isEqualTo("0.0001");
		assertThat(JsonValues.pythonFloat(0.00001)).isEqualTo("1e-05");
		assertThat(JsonValues.pythonFloat(-2.5e-7)).isEqualTo("-2.5e-07");
		assertThat(JsonValues.pythonFloat(2e23)).isEqualTo("2e+23");
		assertThat(JsonValues.pythonFloat(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
		assertThat(JsonValues.pythonFloat(-0.0)).isEqualTo("-0.0");
	}

	@Test
	void valueTextJoinsListsAndObjectsAndSpellsBooleansAsPython() {
		assertThat(JsonValues.text(Fixtures.JSON.readTree("[\"a\", 1, true, null, {\"x\": 2.50}]")))
			.isEqualTo("a; 1; True; ; 2.5");
	}

	@Test
	void blankTextIsEmptyButZeroAndFalseAreValues() {
		assertThat(JsonValues.isEmpty(Fixtures.JSON.readTree("\" \\u00a0\\u2003\""))).isTrue();
		assertThat(JsonValues.isEmpty(Fixtures.JSON.readTree("0"))).isFalse();
		assertThat(JsonValues.isEmpty(Fixtures.JSON.readTree("false"))).isFalse();
		assertThat(JsonValues.isEmpty(Fixtures.JSON.readTree("[]"))).isTrue();
	}

	@Test
	void jsonIsWrittenAsPythonsJsonDumps() {
		assertThat(JsonValues.json(Fixtures.JSON.readTree("{\"a\": [1, 2.0, \"é\\n\\u0001\"], \"b\": null}")))
			.isEqualTo("{\"a\": [1, 2.0, \"é\\n\\u0001\"], \"b\": null}");
	}

}

package com.candidatesearch.parse.field;

import java.util.List;

import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.parse.layout.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How skill lists are split into groups and keywords. */
class SkillsSectionParserTests {

	@Test
	void keepsCPlusPlusAsOneSkill() {
		assertThat(SkillsSectionParser.split("C/C++, C, C++ , C#")).containsExactly("C/C++", "C", "C++", "C#");
	}

	@Test
	void keepsParenthesesInsideOneSkill() {
		assertThat(SkillsSectionParser.split("DeepSpeed, Weights & Biases (WandB), Numpy (Pandas, SciPy)"))
			.containsExactly("DeepSpeed", "Weights & Biases (WandB)", "Numpy (Pandas, SciPy)");
	}

	@Test
	void dropsTheFullStopEndingAList() {
		assertThat(SkillsSectionParser.split("Pruning, Quantization.")).containsExactly("Pruning", "Quantization");
	}

	@Test
	void readsGroupNameBeforeColon() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Machine Learning: PyTorch, JAX")));
		assertThat(groups).containsExactly(new SkillGroup("Machine Learning", List.of("PyTorch", "JAX")));
	}

	@Test
	void namesAFlatListSkills() {
		List<SkillGroup> groups = SkillsSectionParser.parse(List.of(Line.text("Java, Kotlin; Go")));
		assertThat(groups).containsExactly(new SkillGroup("Skills", List.of("Java", "Kotlin", "Go")));
	}

}

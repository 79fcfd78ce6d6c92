package com.candidatesearch.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.bench.ResumeDocument.Block;
import com.candidatesearch.bench.ResumeDocument.Section;

/**
 * Plain text and Markdown, the two formats people type by hand: terse text keeps each line
 * whole, wrapped text breaks at 72 columns as a mail client would, Markdown uses headings,
 * emphasis and lists.
 */
final class TextResumeWriter {

	private static final int WRAP = 72;

	private TextResumeWriter() {
	}

	static byte[] text(ResumeDocument resume, boolean wrapped) {
		StringBuilder out = new StringBuilder(resume.name()).append("\n");
		resume.contact().forEach(line -> out.append(line).append("\n"));
		for (Section section : resume.sections()) {
			out.append("\n").append(section.heading()).append("\n");
			if (wrapped) {
				out.append("-".repeat(section.heading().length())).append("\n");
			}
			for (Block block : section.blocks()) {
				String bullet = block.kind() == Block.Kind.BULLET ? (wrapped ? "  " : "") + resume.bullet() + " " : "";
				String indent = wrapped && !bullet.isEmpty() ? "    " : "";
				List<String> lines = wrapped ? wrap(block.text(), WRAP - bullet.length()) : List.of(block.text());
				for (int i = 0; i < lines.size(); i++) {
					out.append(i == 0 ? bullet : indent).append(lines.get(i)).append("\n");
				}
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] markdown(ResumeDocument resume) {
		StringBuilder out = new StringBuilder("# ").append(resume.name()).append("\n\n");
		resume.contact().forEach(line -> out.append(line).append("  \n"));
		for (Section section : resume.sections()) {
			out.append("\n## ").append(section.heading()).append("\n\n");
			Block.Kind previous = null;
			for (Block block : section.blocks()) {
				if (previous == Block.Kind.BULLET && block.kind() != Block.Kind.BULLET) {
					out.append("\n");
				}
				switch (block.kind()) {
					case ENTRY -> out.append("### ").append(block.text()).append("\n\n");
					case LINE -> out.append(block.text()).append("\n\n");
					case BULLET -> out.append("- ").append(block.text()).append("\n");
				}
				previous = block.kind();
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

}

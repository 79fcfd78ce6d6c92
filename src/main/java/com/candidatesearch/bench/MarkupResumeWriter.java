package com.candidatesearch.bench;

import java.nio.charset.StandardCharsets;

import com.candidatesearch.bench.ResumeDocument.Block;
import com.candidatesearch.bench.ResumeDocument.Section;

/**
 * HTML and RTF, the formats written by exporting from a site builder or a word processor:
 * semantic HTML (header, sections, lists) or a table a section per row, and RTF as WordPad
 * writes it, with font table, bold runs and bullet tabs.
 */
final class MarkupResumeWriter {

	private MarkupResumeWriter() {
	}

	static byte[] html(ResumeDocument resume, boolean table) {
		StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(resume.name()))
			.append(" - Resume</title></head>\n<body>\n<header><h1>")
			.append(escape(resume.name()))
			.append("</h1>\n");
		resume.contact().forEach(line -> out.append("<p>").append(escape(line)).append("</p>\n"));
		out.append("</header>\n").append(table ? "<table>\n" : "<main>\n");
		for (Section section : resume.sections()) {
			out.append(table ? "<tr><td><b>" + escape(section.heading()) + "</b></td><td>\n"
					: "<section>\n<h2>" + escape(section.heading()) + "</h2>\n");
			boolean inList = false;
			for (Block block : section.blocks()) {
				if (inList && block.kind() != Block.Kind.BULLET) {
					out.append("</ul>\n");
					inList = false;
				}
				switch (block.kind()) {
					case ENTRY -> out.append(table ? "<p><strong>" + escape(block.text()) + "</strong></p>\n"
							: "<h3>" + escape(block.text()) + "</h3>\n");
					case LINE -> out.append("<p>").append(escape(block.text())).append("</p>\n");
					case BULLET -> {
						if (!inList) {
							out.append("<ul>\n");
							inList = true;
						}
						out.append("<li>").append(escape(block.text())).append("</li>\n");
					}
				}
			}
			out.append(inList ? "</ul>\n" : "").append(table ? "</td></tr>\n" : "</section>\n");
		}
		out.append(table ? "</table>\n" : "</main>\n").append("</body></html>\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] rtf(ResumeDocument resume, boolean serif) {
		StringBuilder out = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0")
			.append("{\\fonttbl{\\f0\\froman Times New Roman;}{\\f1\\fswiss Arial;}}\n")
			.append("\\viewkind4\\uc1\\f")
			.append(serif ? 0 : 1)
			.append("\\fs22\n");
		out.append("\\pard\\qc\\b\\fs36 ").append(rtfText(resume.name())).append("\\b0\\fs22\\par\n");
		resume.contact().forEach(line -> out.append("\\pard\\qc ").append(rtfText(line)).append("\\par\n"));
		for (Section section : resume.sections()) {
			out.append("\\pard\\sb240\\b\\fs26 ").append(rtfText(section.heading())).append("\\b0\\fs22\\par\n");
			for (Block block : section.blocks()) {
				switch (block.kind()) {
					case ENTRY -> out.append("\\pard\\sb120\\b ").append(rtfText(block.text())).append("\\b0\\par\n");
					case LINE -> out.append("\\pard ").append(rtfText(block.text())).append("\\par\n");
					case BULLET -> out.append("\\pard\\fi-360\\li720\\bullet\\tab ")
						.append(rtfText(block.text()))
						.append("\\par\n");
				}
			}
		}
		return out.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String rtfText(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '\\' || c == '{' || c == '}') {
				out.append('\\').append(c);
			}
			else if (c > 126) {
				out.append("\\u").append((int) c).append('?');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}

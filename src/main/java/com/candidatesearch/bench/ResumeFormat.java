package com.candidatesearch.bench;

import java.util.Random;

import com.candidatesearch.parse.ParsedResume;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The file formats the application takes in, each with the layouts the corpus varies between. */
enum ResumeFormat {

	PDF("pdf"), DOCX("docx"), ODT("odt"), RTF("rtf"), HTML("html"), MD("md"), TXT("txt"), JSON("json");

	static final JsonMapper JSON_MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final String extension;

	ResumeFormat(String extension) {
		this.extension = extension;
	}

	String extension() {
		return this.extension;
	}

	/** The format candidate {@code index} is written in: every format in turn, so each gets an equal share. */
	static ResumeFormat of(int index) {
		return values()[index % values().length];
	}

	byte[] write(ParsedResume gold, Random random) {
		ResumeDocument document = ResumeDocument.of(gold, random);
		boolean variant = random.nextBoolean();
		return switch (this) {
			case PDF -> PdfResumeWriter.write(document, variant, random);
			case DOCX -> DocxResumeWriter.write(document, variant, random);
			case ODT -> OdtResumeWriter.write(document);
			case RTF -> MarkupResumeWriter.rtf(document, variant);
			case HTML -> MarkupResumeWriter.html(document, variant);
			case MD -> TextResumeWriter.markdown(document);
			case TXT -> TextResumeWriter.text(document, variant);
			case JSON -> JSON_MAPPER.writeValueAsBytes(gold);
		};
	}

}

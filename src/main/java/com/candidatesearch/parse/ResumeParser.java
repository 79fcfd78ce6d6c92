package com.candidatesearch.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Turns the bytes of an uploaded file into a {@link ParseResult}. Needs no Spring context, so
 * the command line can parse without starting the web server or touching the database.
 */
public class ResumeParser {

	private final Tika tika = new Tika();

	/**
	 * Parses one file.
	 * @param fileName the name the file was uploaded under (used for messages and as a last
	 * resort for the candidate's name)
	 * @param content the file's bytes
	 * @return the parse
	 * @throws ResumeParseException when the file cannot be read as a resume
	 */
	public ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
		if (content.length == 0) {
			throw new ResumeParseException(fileName + " is empty: upload the resume file again.");
		}
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try {
			String mediaType = this.tika.detect(content, fileName);
			String text = this.tika.parseToString(new ByteArrayInputStream(content), metadata);
			String name = text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
			ParsedResume resume = new ParsedResume(
					new ParsedResume.Basics(name, null, null, null, null, null, null, null), null, null, null, null,
					null, null, null, null, null);
			return new ParseResult(resume, text, mediaType, List.of());
		}
		catch (IOException | TikaException ex) {
			throw new ResumeParseException(fileName + " could not be read: " + ex.getMessage(), ex);
		}
	}

}

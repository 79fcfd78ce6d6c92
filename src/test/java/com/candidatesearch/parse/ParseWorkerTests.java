package com.candidatesearch.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's side of the protocol, in this process: what it answers, and that a parse survives the trip as JSON. */
class ParseWorkerTests {

	private static final ResumeParser parser = new ResumeParser();

	static Stream<String> seedFiles() {
		return Stream.of("000_cf880338e06f109e", "001_8e724327113ee43c", "002_ebfafff7a943e743")
			.flatMap(seed -> Stream.of("txt", "pdf", "docx", "html").map(format -> seed + "." + format));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seedFiles")
	void aParseComesBackFromJsonEqualToItself(String file) throws Exception {
		ParseResult parsed = parser.parse(file, bytes("seeds/" + file));

		ParseResult back = ParseWorker.JSON.readValue(ParseWorker.JSON.writeValueAsBytes(parsed), ParseResult.class);

		assertThat(parsed.sources()).isNotEmpty();
		assertThat(back).isEqualTo(parsed);
		assertThat(List.copyOf(back.sources().keySet())).isEqualTo(List.copyOf(parsed.sources().keySet()));
	}

	@Test
	void warningsMediaTypeTextAndSourcesSurviveTheTrip() throws Exception {
		ParseResult parsed = parser.parse("no-mail.txt",
				"Ada Lovelace\n\nExperience\nAnalyst, Babbage & Co, 1842 - 1843\n".getBytes());
		assertThat(parsed.warnings()).contains("No e-mail address found.");

		ParseResult back = ParseWorker.JSON.readValue(ParseWorker.JSON.writeValueAsBytes(parsed), ParseResult.class);

		assertThat(back.warnings()).isEqualTo(parsed.warnings());
		assertThat(back.mediaType()).isEqualTo("text/plain");
		assertThat(back.text()).isEqualTo(parsed.text());
		assertThat(back.sources()).isEqualTo(parsed.sources()).containsKey("basics.name");
	}

	@Test
	void answersReadyThenEachFileInTurnAndEndsWhenItsInputEnds() throws Exception {
		ByteArrayOutputStream requests = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(requests);
		ParseWorker.writeText(out, "ada.txt");
		ParseWorker.writeBytes(out, bytes("seeds/000_cf880338e06f109e.txt"));
		ParseWorker.writeText(out, "empty.pdf");
		ParseWorker.writeBytes(out, new byte[0]);
		ByteArrayOutputStream replies = new ByteArrayOutputStream();

		int exit = ParseWorker.serve(parser, new ByteArrayInputStream(requests.toByteArray()), replies);

		assertThat(exit).isZero();
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(replies.toByteArray()));
		assertThat(in.read()).isEqualTo(ParseWorker.READY);
		assertThat(in.read()).isEqualTo(ParseWorker.PARSED);
		ParseResult parsed = ParseWorker.JSON.readValue(ParseWorker.readBytes(in), ParseResult.class);
		assertThat(parsed).isEqualTo(parser.parse("ada.txt", bytes("seeds/000_cf880338e06f109e.txt")));
		assertThat(in.read()).isEqualTo(ParseWorker.REFUSED);
		assertThat(ParseWorker.readText(in)).isEqualTo("EmptyResumeException");
		assertThat(ParseWorker.readText(in)).isEqualTo("empty.pdf is empty: upload the resume file again.");
		assertThat(in.read()).as("nothing after the last answer").isEqualTo(-1);
	}

	@Test
	void aRefusalBecomesTheSameExceptionWithTheSameMessage() {
		ResumeParseException refused = ParseWorkers.refusal("EncryptedResumeException", "cv.pdf is protected.");

		assertThat(refused).isInstanceOf(EncryptedResumeException.class).hasMessage("cv.pdf is protected.");
		assertThat(ParseWorkers.refusal("SomethingNew", "x")).isExactlyInstanceOf(ResumeParseException.class);
	}

	static byte[] bytes(String resource) {
		try (InputStream in = ParseWorkerTests.class.getClassLoader().getResourceAsStream(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

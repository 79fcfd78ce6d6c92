package com.candidatesearch.parse;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hidden {@code parse-worker} command: parses the files its parent sends on standard input,
 * one after the other, and answers each on standard output, until its input closes.
 *
 * <p>Started by {@link ParseWorkers}. Every message is length-prefixed: a request is the file
 * name and the file's bytes; the worker first answers {@link #READY} once, then per request
 * {@link #PARSED} and the {@link ParseResult} as JSON, {@link #REFUSED} and the
 * {@link ResumeParseException}'s type and message, or {@link #FAILED} and an unexpected error's.
 */
public final class ParseWorker {

	/** Sent once, when the parser is loaded and the first file can come. */
	static final int READY = 'R';

	static final int PARSED = 'P';

	static final int REFUSED = 'F';

	static final int FAILED = 'E';

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String WARM_UP = """
			Ada Lovelace
			ada@example.org | +44 20 7946 0000 | London, UK

			Summary
			Analyst of engines that compute.

			Experience
			Analyst, Babbage & Co, London
			June 1842 – September 1843
			- Wrote the first published program, for the Analytical Engine.

			Education
			Private tutoring in mathematics, 1830 – 1835

			Skills
			Mathematics, Algorithms, Translation

			Publications
			Lovelace, A. (1843). Notes on the Analytical Engine. Scientific Memoirs, 3, 666–731.
			""";

	private ParseWorker() {
	}

	/**
	 * Serves requests until {@code in} ends (the parent closed it, or died).
	 * @return the exit code: 0 when the input ended, 1 when the answers could not be written
	 */
	public static int run(InputStream in, OutputStream out) {
		return serve(ResumeParser.unbounded(), in, out);
	}

	static int serve(ResumeParser parser, InputStream in, OutputStream out) {
		DataInputStream requests = new DataInputStream(new BufferedInputStream(in));
		DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(out));
		warmUp(parser);
		try {
			replies.write(READY);
			replies.flush();
			while (true) {
				String fileName;
				byte[] content;
				try {
					fileName = new String(readBytes(requests), StandardCharsets.UTF_8);
				}
				catch (EOFException ex) {
					return 0;
				}
				content = readBytes(requests);
				answer(parser, fileName, content, replies);
				replies.flush();
			}
		}
		catch (IOException ex) {
			System.err.println("parse-worker: the parent stopped listening: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * Parses a small resume once before saying it is ready, so that loading the parser's classes
	 * does not count against the first real file's time limit.
	 */
	private static void warmUp(ResumeParser parser) {
		try {
			parser.parse("warm-up.txt", WARM_UP.getBytes(StandardCharsets.UTF_8));
		}
		catch (ResumeParseException | RuntimeException ex) {
			System.err.println("parse-worker: the warm-up parse failed: " + ex);
		}
	}

	private static void answer(ResumeParser parser, String fileName, byte[] content, DataOutputStream replies)
			throws IOException {
		byte[] json;
		try {
			json = JSON.writeValueAsBytes(parser.parse(fileName, content));
		}
		catch (ResumeParseException ex) {
			replies.write(REFUSED);
			writeText(replies, ex.getClass().getSimpleName());
			writeText(replies, ex.getMessage());
			return;
		}
		catch (RuntimeException | Error ex) {
			if (ex instanceof VirtualMachineError && !(ex instanceof StackOverflowError)) {
				throw (Error) ex;
			}
			ex.printStackTrace();
			replies.write(FAILED);
			writeText(replies, ex.getClass().getName());
			writeText(replies, String.valueOf(ex.getMessage()));
			return;
		}
		replies.write(PARSED);
		writeBytes(replies, json);
	}

	static void writeText(DataOutputStream out, String text) throws IOException {
		writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
	}

	static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static String readText(DataInputStream in) throws IOException {
		return new String(readBytes(in), StandardCharsets.UTF_8);
	}

	static byte[] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			throw new IOException("A message of " + length + " bytes: the stream is out of step.");
		}
		byte[] bytes = in.readNBytes(length);
		if (bytes.length < length) {
			throw new EOFException("The stream ended inside a message.");
		}
		return bytes;
	}

}

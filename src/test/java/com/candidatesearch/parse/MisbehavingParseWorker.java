package com.candidatesearch.parse;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.candidatesearch.parse.read.DocumentReader;

/**
 * A {@code parse-worker} for tests that parses like the real one, except that a file whose name
 * starts with {@code spin} never ends (burning a processor) and one starting with {@code hog}
 * fills the heap: what a hostile file does, on demand.
 */
public final class MisbehavingParseWorker {

	private MisbehavingParseWorker() {
	}

	public static void main(String[] args) {
		OutputStream answers = new FileOutputStream(FileDescriptor.out);
		System.setOut(System.err);
		ResumeParser real = ResumeParser.unbounded();
		ResumeParser misbehaving = new ResumeParser((DocumentReader) null) {

			@Override
			public ParseResult parse(String fileName, byte[] content) throws ResumeParseException {
				if (fileName.startsWith("spin")) {
					long turns = 0;
					while (turns >= 0) {
						turns++;
					}
				}
				if (fileName.startsWith("hog")) {
					List<long[]> hoard = new ArrayList<>();
					while (hoard.size() >= 0) {
						hoard.add(new long[1 << 17]);
					}
				}
				return real.parse(fileName, content);
			}

		};
		System.exit(ParseWorker.serve(misbehaving, System.in, answers));
	}

}

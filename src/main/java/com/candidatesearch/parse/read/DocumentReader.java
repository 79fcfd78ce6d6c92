package com.candidatesearch.parse.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.candidatesearch.parse.CorruptResumeException;
import com.candidatesearch.parse.EmptyResumeException;
import com.candidatesearch.parse.EncryptedResumeException;
import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.parse.ResumeParseException;
import com.candidatesearch.parse.ResumeTooLargeException;
import com.candidatesearch.parse.ScannedResumeException;
import com.candidatesearch.parse.UnsupportedResumeFormatException;
import com.candidatesearch.parse.layout.Bullets;
import com.candidatesearch.parse.layout.Glyphs;
import com.candidatesearch.parse.layout.Line;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.xml.sax.SAXException;

/**
 * Reads a file's bytes into {@link Line}s: detects the format from the content (the file
 * name is only a hint), picks the reader for it, bounds the time and text a file may take,
 * and turns every library failure into one of our own exceptions.
 */
public final class DocumentReader {

	/** No resume needs more; beyond this the file is hostile or not a resume. */
	private static final int MAX_CHARS = 2_000_000;

	private static final long TIME_LIMIT_SECONDS = 20;

	private static final List<String> OFFICE_TYPES = List.of("application/vnd.openxmlformats-officedocument.wordprocessingml",
			"application/msword", "application/vnd.ms-word", "application/vnd.oasis.opendocument.text",
			"application/rtf", "application/x-tika-msoffice", "application/x-tika-ooxml", "application/vnd.wordperfect",
			"application/vnd.apple.pages", "application/x-mspublisher");

	/**
	 * A thread abandoned at its time limit cannot be stopped and goes on running, so at most this
	 * many read at once in one process; only a worker process (ParseWorkers) can really stop one.
	 */
	public static final int MAX_READERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

	/**
	 * Reads under way, abandoned ones included: a permit is taken before a read is handed to a
	 * thread and given back when the read itself ends. Bounding the pool's threads instead
	 * refused reads while a thread that had finished one was not yet back waiting for the next,
	 * so two parses at a time under load were told the server was busy.
	 */
	private static final Semaphore READING = new Semaphore(MAX_READERS);

	/** Parses run here so a runaway file can be abandoned; daemon threads never block exit. */
	private static final ExecutorService EXECUTOR = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), task -> {
				Thread thread = new Thread(task, "resume-reader");
				thread.setDaemon(true);
				return thread;
			});

	private final AutoDetectParser tika = new AutoDetectParser();

	private final ScannedPdfReader scans;

	private final Detector detector = this.tika.getDetector();

	/** Whether a read runs on a reader thread under the time limit, or on the caller's, which bounds it itself. */
	private final boolean bounded;

	public DocumentReader(ScannedPdfReader scans) {
		this(scans, true);
	}

	public DocumentReader(ScannedPdfReader scans, boolean bounded) {
		this.scans = scans;
		this.bounded = bounded;
	}

	public String detect(String fileName, byte[] content) throws ResumeParseException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try (TikaInputStream stream = TikaInputStream.get(content)) {
			return this.detector.detect(stream, metadata).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new CorruptResumeException(fileName + " could not be read: upload the file again.", ex);
		}
	}

	/**
	 * The lines of a document.
	 *
	 * @param lines its lines, in reading order
	 * @param ocr whether they were read from page images by OCR, and so may hold misread characters
	 */
	public record Text(List<Line> lines, boolean ocr) {
	}

	public Text read(String fileName, byte[] content, String mediaType) throws ResumeParseException {
		Text text = mediaType.equals("application/pdf") ? bounded(fileName, () -> readPdf(fileName, content))
				: new Text(readOther(fileName, content, mediaType), false);
		return new Text(withoutEchoedHeadings(Glyphs.clean(Bullets.markRepeated(text.lines()))), text.ocr());
	}

	/**
	 * The lines without a plain line that only echoes the heading right after it: a page
	 * made for phones and desktops alike prints a section's title twice (one of them hidden
	 * on the screen it is not for), and the plain copy would open the section a line early,
	 * leaving the heading inside it.
	 */
	static List<Line> withoutEchoedHeadings(List<Line> lines) {
		List<Line> kept = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			boolean echo = !line.isHeading() && i + 1 < lines.size() && lines.get(i + 1).isHeading()
					&& lines.get(i + 1).text().strip().equalsIgnoreCase(line.text().strip());
			if (!echo) {
				kept.add(line);
			}
		}
		return kept;
	}

	private List<Line> readOther(String fileName, byte[] content, String mediaType) throws ResumeParseException {
		if (mediaType.equals("application/x-tika-ooxml-protected")) {
			throw encrypted(fileName, null);
		}
		if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
			return bounded(fileName, () -> readWithTika(fileName, content, false));
		}
		if (mediaType.startsWith("text/")) {
			String text = decode(content);
			boolean markdown = fileName.toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown)$")
					|| mediaType.equals("text/x-web-markdown") || MarkdownReader.looksLikeMarkdown(text);
			return markdown ? MarkdownReader.read(text) : PlainTextReader.read(text);
		}
		if (OFFICE_TYPES.stream().anyMatch(mediaType::startsWith)) {
			if (ZipExpansion.isBomb(content)) {
				throw zipBomb(fileName, null);
			}
			byte[] office = mediaType.equals("application/rtf") ? RtfRepairs.repair(content)
					: content;
			return bounded(fileName, () -> readWithTika(fileName, office, true));
		}
		throw new UnsupportedResumeFormatException(fileName + " is " + describe(mediaType)
				+ ", not a resume document: upload a PDF, Word, OpenDocument, RTF, HTML, Markdown or text file.");
	}

	private Text readPdf(String fileName, byte[] content) throws Exception {
		try (PDDocument document = Loader.loadPDF(content)) {
			List<Line> lines = PdfLayout.lines(PdfWords.of(document));
			if (!lines.isEmpty()) {
				return new Text(lines, false);
			}
			if (!this.scans.available()) {
				throw new ScannedResumeException(fileName + " has no text layer, only images (a scanned page?), and "
						+ "OCR is not installed on this server: install Tesseract (apt-get install tesseract-ocr) to "
						+ "read scans, or upload a PDF exported with its text.");
			}
			List<Line> read = PlainTextReader.read(this.scans.text(document));
			if (read.isEmpty()) {
				throw new ScannedResumeException(fileName + " has no text layer and OCR found no text in its images: "
						+ "upload a clearer scan, or a PDF exported with its text.");
			}
			return new Text(read, true);
		}
	}

	private List<Line> readWithTika(String fileName, byte[] content, boolean office)
			throws IOException, SAXException, TikaException {
		HtmlLineCollector collector = new HtmlLineCollector(office, MAX_CHARS,
				office ? StyleSheet.EMPTY : StyleSheet.of(decode(content)));
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		ParseContext context = new ParseContext();
		context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
		context.set(TesseractOCRConfig.class, NO_OCR);
		try (TikaInputStream stream = TikaInputStream.get(new ByteArrayInputStream(content))) {
			this.tika.parse(stream, collector, metadata, context);
		}
		return collector.lines();
	}

	/**
	 * Tika runs Tesseract on every picture inside a DOCX or ODT when Tesseract is installed
	 * (a LibreOffice file's thumbnail, a photo, icons): seconds a file for text that is only ever
	 * a picture's. Office files are read for their text; only scanned PDFs go to OCR.
	 */
	private static final TesseractOCRConfig NO_OCR = noOcr();

	private static TesseractOCRConfig noOcr() {
		TesseractOCRConfig config = new TesseractOCRConfig();
		config.setSkipOcr(true);
		return config;
	}

	private <T> T bounded(String fileName, Callable<T> read) throws ResumeParseException {
		if (this.bounded) {
			return bounded(fileName, read, TIME_LIMIT_SECONDS);
		}
		try {
			return read.call();
		}
		// The same translation as a reader thread's failure gets; running out of memory ends a worker process.
		catch (Exception | StackOverflowError ex) {
			throw translate(fileName, ex);
		}
	}

	public static <T> T bounded(String fileName, Callable<T> read, long seconds) throws ResumeParseException {
		if (!READING.tryAcquire()) {
			throw busy();
		}
		Future<T> future;
		try {
			future = EXECUTOR.submit(() -> {
				try {
					return read.call();
				}
				finally {
					READING.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			READING.release();
			throw busy();
		}
		try {
			return future.get(seconds, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new ResumeTooLargeException(fileName + " took more than " + seconds
					+ " seconds to read, far longer than any resume: save it again as a plain PDF or Word file.");
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new ResumeTooLargeException(fileName + " was not read because reading was interrupted: try again.", ex);
		}
		catch (ExecutionException ex) {
			throw translate(fileName, ex.getCause());
		}
	}

	private static ParsersBusyException busy() {
		return new ParsersBusyException("Candidate Search is still reading " + MAX_READERS
				+ " files that took too long: try again in a minute.", 60);
	}

	private static ResumeParseException translate(String fileName, Throwable failure) {
		if (failure instanceof ResumeParseException own) {
			return own;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidPasswordException || cause instanceof EncryptedDocumentException) {
				return encrypted(fileName, failure);
			}
			if (cause instanceof ZeroByteFileException) {
				return new EmptyResumeException(fileName + " is empty: upload the resume file again.", failure);
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("zip bomb")) {
				return zipBomb(fileName, failure);
			}
		}
		return new CorruptResumeException(fileName + " is damaged or truncated and could not be read: "
				+ "open it, save or export it again, and upload the new file.", failure);
	}

	private static ResumeTooLargeException zipBomb(String fileName, Throwable cause) {
		return new ResumeTooLargeException(fileName + " expands to far more than any resume holds (a zip bomb?): "
				+ "save it again as a plain PDF or Word file.", cause);
	}

	private static EncryptedResumeException encrypted(String fileName, Throwable cause) {
		return new EncryptedResumeException(fileName + " is protected by a password: remove the protection "
				+ "(or export an unprotected copy) and upload it again.", cause);
	}

	private static String describe(String mediaType) {
		MediaType type = MediaType.parse(mediaType);
		String kind = type == null ? "" : type.getType();
		return switch (kind) {
			case "image" -> "an image (" + mediaType + ")";
			case "audio", "video" -> "a media file (" + mediaType + ")";
			default -> mediaType.contains("zip") || mediaType.contains("tar") || mediaType.contains("compress")
					? "an archive (" + mediaType + ")" : "a file of type " + mediaType;
		};
	}

	/** UTF-8 (with or without a byte order mark) or UTF-16 with one; else Windows-1252. */
	public static String decode(byte[] content) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			return new String(content, StandardCharsets.UTF_16);
		}
		int start = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

}

package com.candidatesearch.web;

import java.util.List;
import java.util.stream.Collectors;

import com.candidatesearch.parse.ParsersBusyException;
import com.candidatesearch.upload.NoFilesException;
import com.candidatesearch.upload.TooManyFilesException;
import com.candidatesearch.upload.UploadBusyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into what happened and what to do next: JSON problem details for the
 * API, the error page for a browser. Never a stack trace.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
				"The upload is larger than this server accepts (each file at most 10 MB). Upload fewer or smaller "
						+ "files at a time.");
	}

	@ExceptionHandler(TooManyFilesException.class)
	Object tooManyFiles(TooManyFilesException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "Too many files", ex.getMessage());
	}

	@ExceptionHandler(NoFilesException.class)
	Object noFiles(NoFilesException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, "No files", ex.getMessage());
	}

	/**
	 * Every parser busy: 503 with {@code Retry-After}, so clients come back rather than give up; an
	 * upload's answer also lists the files it took in before ({@code takenIn}).
	 */
	@ExceptionHandler(ParsersBusyException.class)
	Object busy(ParsersBusyException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		Object answer = answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Busy", ex.getMessage());
		if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem
				&& ex instanceof UploadBusyException upload) {
			problem.setProperty("takenIn", upload.takenIn());
		}
		return answer;
	}

	@ExceptionHandler(MultipartException.class)
	Object badMultipart(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.BAD_REQUEST, "Unreadable upload",
				"The upload could not be read as multipart form data. Send the resumes as multipart/form-data in "
						+ "the field \"files\".");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badParameter(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return answer(request, response, HttpStatus.BAD_REQUEST, "Bad parameter",
				"The parameter \"" + name + "\" is missing or not valid. Check the address and try again.");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, "Not found",
				"There is nothing at this address. Go back to the search and try again.");
	}

	/** A feature's own failure (a candidate not found, a comparison asked wrongly) says what to do itself. */
	@ExceptionHandler(ErrorResponseException.class)
	Object featureFailure(ErrorResponseException ex, HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		String title = ex.getBody().getTitle() != null ? ex.getBody().getTitle() : status.getReasonPhrase();
		return answer(request, response, status, title, ex.getBody().getDetail());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answer(request, response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				ex.getMethod() + " is not supported at this address.");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String accepted = either(ex.getSupportedMediaTypes(), "the type this address takes");
		return answer(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				"This address does not take " + (ex.getContentType() == null ? "a body without a Content-Type"
						: ex.getContentType().toString()) + ". Send " + accepted
						+ (accepted.contains("multipart") ? ", with the resumes in the field \"files\"" : "") + ".");
	}

	/** "a or b or c", or what to say when the list is empty. */
	private static String either(List<MediaType> types, String none) {
		return types.isEmpty() ? none : types.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
	}

	/** Answered as problem details whatever the client asked for: it is told why it got no answer it can read. */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String produced = either(ex.getSupportedMediaTypes(), "JSON");
		return answer(request, response, HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
				"This address answers with " + produced + " only. Accept " + produced + ", or leave out the Accept header.");
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"Candidate Search could not complete this request. Nothing was changed. Try again, and tell your "
						+ "administrator if it keeps happening.");
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("signedIn", SignedIn.current());
		return page;
	}

}

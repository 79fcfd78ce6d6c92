package com.candidatesearch.candidate;

import com.candidatesearch.parse.SourceSpan;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where one parsed value stands in the stored extracted text. */
@Embeddable
class FieldSource {

	@Column(name = "start_offset", nullable = false)
	private int start;

	@Column(name = "end_offset", nullable = false)
	private int end;

	@Column(name = "line_number", nullable = false)
	private int line;

	protected FieldSource() {
	}

	FieldSource(SourceSpan span) {
		this.start = span.start();
		this.end = span.end();
		this.line = span.line();
	}

	SourceSpan toSpan() {
		return new SourceSpan(this.start, this.end, this.line);
	}

}

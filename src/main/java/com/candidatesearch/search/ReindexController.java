package com.candidatesearch.search;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reindex} starts a mass reindex in the background (202, or 409 while one
 * runs); {@code GET /api/admin/reindex} tells how far it is: {@code {state, done, total, startedAt,
 * finishedAt?, error?}}.
 */
@RestController
@RequestMapping("/api/admin/reindex")
class ReindexController {

	private final MassReindex reindex;

	ReindexController(MassReindex reindex) {
		this.reindex = reindex;
	}

	@PostMapping
	ResponseEntity<ReindexProgress> start() {
		return ResponseEntity.accepted().location(URI.create("/api/admin/reindex")).body(this.reindex.start());
	}

	@GetMapping
	ReindexProgress progress() {
		return this.reindex.progress();
	}

}

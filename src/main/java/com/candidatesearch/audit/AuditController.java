package com.candidatesearch.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit log page for administrators: newest first, 50 a page, narrowed by user, action or candidate. */
@Controller
class AuditController {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

	/** Pages past this are refused quietly: nobody reads 50,000 entries by paging. */
	private static final int MAX_PAGE = 1000;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
			@RequestParam(required = false) String candidate, @RequestParam(defaultValue = "0") String page,
			Model model) {
		AuditFilter filter = AuditFilter.of(user, action, number(candidate));
		int pageNumber = (int) Math.min(Math.max(0, number(page) == null ? 0 : number(page)), MAX_PAGE);
		Page<AuditEntry> entries = this.log.find(filter, pageNumber);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", Arrays.asList(AuditAction.values()));
		model.addAttribute("rows", entries.getContent().stream().map(AuditController::row).toList());
		model.addAttribute("total", entries.getTotalElements());
		model.addAttribute("previous", pageNumber > 0 ? link(filter, pageNumber - 1) : null);
		model.addAttribute("next", entries.hasNext() && pageNumber < MAX_PAGE ? link(filter, pageNumber + 1) : null);
		model.addAttribute("first", (long) pageNumber * AuditLog.PAGE_SIZE + (entries.isEmpty() ? 0 : 1));
		model.addAttribute("last", (long) pageNumber * AuditLog.PAGE_SIZE + entries.getNumberOfElements());
		return "audit/audit";
	}

	private static Long number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String link(AuditFilter filter, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/audit");
		if (filter.user() != null) {
			uri.queryParam("user", filter.user());
		}
		if (filter.action() != null) {
			uri.queryParam("action", filter.action().name());
		}
		if (filter.candidate() != null) {
			uri.queryParam("candidate", filter.candidate());
		}
		return uri.queryParam("page", page).encode().build().toUriString();
	}

	private static Row row(AuditEntry entry) {
		return new Row(WHEN.format(entry.getOccurredAt()), entry.getUsername(), entry.getAction().label(),
				entry.getAction().name(), entry.getCandidateId(), entry.getCandidateName(), entry.getDetail(),
				entry.getRemoteAddress());
	}

	/** One entry as the page shows it. */
	record Row(String when, String user, String action, String actionName, Long candidateId, String candidateName,
			String detail, String address) {
	}

}

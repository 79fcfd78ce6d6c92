package com.candidatesearch.shortlist;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the shortlist tray on every page, with the current search terms for its compare link. */
@ControllerAdvice
class ShortlistAdvice {

	@ModelAttribute("tray")
	Tray tray(HttpServletRequest request) {
		return Shortlist.peek(request.getSession(false)).tray(request.getParameter("q"));
	}

}

package com.candidatesearch.shortlist;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

/**
 * The candidates a recruiter set aside to compare, kept in the HTTP session so it survives page
 * loads without JavaScript. Accounts come later (issue 7); then it belongs to the user. Holds
 * as many as a comparison takes, so the tray can always be compared as it is.
 */
final class Shortlist implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final int MAX = 4;

	private static final String ATTRIBUTE = Shortlist.class.getName();

	private final Map<Long, String> names = new LinkedHashMap<>();

	/** The session's shortlist, or an empty one when there is no session yet; never creates a session. */
	static Shortlist peek(HttpSession session) {
		Object found = session == null ? null : session.getAttribute(ATTRIBUTE);
		return found instanceof Shortlist shortlist ? shortlist : new Shortlist();
	}

	static Shortlist of(HttpSession session) {
		Shortlist shortlist = peek(session);
		session.setAttribute(ATTRIBUTE, shortlist);
		return shortlist;
	}

	/** Adds a candidate; false when the shortlist is full. */
	synchronized boolean add(long id, String name) {
		if (this.names.containsKey(id)) {
			return true;
		}
		if (this.names.size() >= MAX) {
			return false;
		}
		this.names.put(id, name);
		return true;
	}

	synchronized void remove(long id) {
		this.names.remove(id);
	}

	synchronized void clear() {
		this.names.clear();
	}

	synchronized Tray tray(String query) {
		return Tray.of(new LinkedHashMap<>(this.names), query);
	}

}

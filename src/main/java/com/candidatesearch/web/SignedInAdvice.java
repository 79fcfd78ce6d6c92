package com.candidatesearch.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts who is signed in on every page, for the header. */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("signedIn")
	SignedIn signedIn() {
		return SignedIn.current();
	}

}

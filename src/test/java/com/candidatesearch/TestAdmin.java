package com.candidatesearch;

/** The administrator tests sign in as; the password is set in {@code application-test.properties}. */
public final class TestAdmin {

	public static final String NAME = "admin";

	public static final String PASSWORD = "test-admin-password";

	private TestAdmin() {
	}

}

package com.candidatesearch.account;

/** An account change that was refused, with a message that says why and what to do instead. */
class AccountException extends RuntimeException {

	AccountException(String message) {
		super(message);
	}

}

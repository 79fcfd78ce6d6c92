package com.candidatesearch.candidate;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions for the services of this package, on the transaction manager of the
 * template they are given; the read-only template is built once, not on every read.
 */
final class ReadOnlyTransactions {

	private final TransactionTemplate template;

	ReadOnlyTransactions(TransactionTemplate transactions) {
		this.template = new TransactionTemplate(transactions.getTransactionManager());
		this.template.setReadOnly(true);
	}

	<T> T read(Supplier<T> work) {
		return this.template.execute(status -> work.get());
	}

}

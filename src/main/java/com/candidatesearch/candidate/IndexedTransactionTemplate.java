package com.candidatesearch.candidate;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's transaction template: before a transaction it started commits, its changes
 * are flushed and written to the search index, so a candidate the index refuses is rolled back
 * with its rows instead of being committed without its index document. Hibernate Search would
 * otherwise write the index after the commit, where a failure can no longer undo the rows.
 * <p>
 * A commit that fails after the index was written leaves a document without a row; the repair
 * on start (search.IndexRepair) removes it.
 */
class IndexedTransactionTemplate extends TransactionTemplate {

	private final EntityManager entityManager;

	IndexedTransactionTemplate(PlatformTransactionManager transactionManager, EntityManager entityManager) {
		super(transactionManager);
		this.entityManager = entityManager;
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		return super.execute(status -> {
			T result = action.doInTransaction(status);
			if (status.isNewTransaction() && !status.isRollbackOnly() && !isReadOnly()) {
				this.entityManager.flush();
				Search.session(this.entityManager).indexingPlan().execute();
			}
			return result;
		});
	}

}

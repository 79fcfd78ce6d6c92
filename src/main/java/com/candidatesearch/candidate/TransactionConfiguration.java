package com.candidatesearch.candidate;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every service's writes go through one template that indexes before it commits; Boot's own backs off. */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager,
			EntityManagerFactory entityManagerFactory) {
		return new IndexedTransactionTemplate(transactionManager,
				SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory));
	}

}

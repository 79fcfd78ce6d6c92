package com.candidatesearch.search;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the search index under {@code /actuator/health}: up when it answers a query, with
 * how many documents it holds and whether that agrees with the candidates in the database
 * (a restart repairs a disagreement, see {@link IndexRepair}), and which candidates the last
 * repair could not index.
 */
@Component("index")
class IndexHealthIndicator extends AbstractHealthIndicator {

	private final EntityManagerFactory entityManagerFactory;

	private final IndexRepair repair;

	IndexHealthIndicator(EntityManagerFactory entityManagerFactory, IndexRepair repair) {
		super("The search index could not be queried");
		this.entityManagerFactory = entityManagerFactory;
		this.repair = repair;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			IndexCounts counts = IndexCounts.read(entityManager);
			builder.up()
				.withDetail("backend", backendType())
				.withDetail("documents", counts.documents())
				.withDetail("candidates", counts.candidates())
				.withDetail("inSync", counts.inSync());
			IndexRepair.Report report = this.repair.lastReport();
			if (!report.clean()) {
				builder.withDetail("refused", report.refusedCount())
					.withDetail("refusedIds", report.refused().stream().map(IndexRepair.Refused::id).toList());
			}
			if (report.error() != null) {
				builder.withDetail("repairError", report.error());
			}
		}
	}

	private String backendType() {
		Object type = this.entityManagerFactory.getProperties().get("hibernate.search.backend.type");
		return type == null ? "lucene" : type.toString();
	}

}

package com.candidatesearch.scale;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Points every application context of the scale test run at the servers given in the
 * environment, each in a database schema and behind an index-name prefix of its own, so the
 * test classes (each with its own context, as on the embedded default) see only their own
 * candidates. {@link ScaleTestCleanup} drops the schema when the context closes; Hibernate
 * Search drops the index itself ({@code drop-and-create-and-drop}).
 */
public class ScaleTestEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String SCHEMA = "candidate-search.test.schema";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Boolean.getBoolean(ScaleServers.SCALE_RUN) || !environment.acceptsProfiles(Profiles.of("scale"))) {
			return;
		}
		if (!ScaleServers.missing().isEmpty()) {
			throw new IllegalStateException("The scale run needs " + String.join(" and ", ScaleServers.missing()) + ": "
					+ ScaleServers.HOW);
		}
		String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		String schema = "cs_test_" + run;
		String url = System.getenv(ScaleServers.DB_URL);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(SCHEMA, schema);
		properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
		properties.put("spring.datasource.username", orDefault("CANDIDATE_SEARCH_TEST_DB_USER", "candidates"));
		properties.put("spring.datasource.password", orDefault("CANDIDATE_SEARCH_TEST_DB_PASSWORD", "candidates"));
		// The test context cache keeps dozens of contexts alive, each with a pool that would hold ten
		// connections: PostgreSQL's hundred run out. An idle context keeps one.
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		properties.put("spring.datasource.hikari.idle-timeout", "10000");
		properties.put("spring.flyway.default-schema", schema);
		properties.put("spring.jpa.properties.hibernate.default_schema", schema);
		properties.put("spring.jpa.properties.hibernate.search.backend.hosts", System.getenv(ScaleServers.SEARCH_HOSTS));
		properties.put("spring.jpa.properties.hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
		properties.put("candidate-search.search.index-prefix", "cs-test-" + run + "-");
		environment.getPropertySources().addFirst(new MapPropertySource("scaleTestRun", properties));
	}

	private static String orDefault(String name, String fallback) {
		return Objects.requireNonNullElse(System.getenv(name), fallback);
	}

	@Override
	public int getOrder() {
		// After Boot has read the profile-specific files, so this one knows the profiles and wins.
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package com.candidatesearch.scale;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, in the scale run of the integration tests (failsafe's {@code scale} execution), whether
 * the servers they need were given: without them the tests are skipped with a message saying how
 * to start them, unless {@code CANDIDATE_SEARCH_TEST_REQUIRE_SCALE=true} (as in CI) makes that
 * an error. Outside the scale run it lets every test through. Registered through JUnit's
 * extension auto-detection, which only the scale run switches on.
 */
public class ScaleServers implements ExecutionCondition {

	/** The system property the scale run sets. */
	static final String SCALE_RUN = "candidate-search.test.scale";

	static final String DB_URL = "CANDIDATE_SEARCH_TEST_DB_URL";

	static final String SEARCH_HOSTS = "CANDIDATE_SEARCH_TEST_SEARCH_HOSTS";

	static final String REQUIRE = "CANDIDATE_SEARCH_TEST_REQUIRE_SCALE";

	static final String HOW = "start them with .ci/start-postgres and .ci/start-opensearch and export what they print ("
			+ DB_URL + ", " + SEARCH_HOSTS + "); see the README, \"Testing the scale profile\"";

	private static final AtomicBoolean TOLD = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!Boolean.getBoolean(SCALE_RUN)) {
			return ConditionEvaluationResult.enabled("not the scale run");
		}
		List<String> missing = missing();
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("PostgreSQL and the search cluster are given");
		}
		String message = "The scale run of the integration tests needs PostgreSQL and OpenSearch/Elasticsearch, but "
				+ String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " not set: " + HOW + ".";
		if ("true".equals(System.getenv(REQUIRE))) {
			throw new IllegalStateException(message + " " + REQUIRE + "=true makes skipping them an error.");
		}
		if (TOLD.compareAndSet(false, true)) {
			// Maven lists skipped tests without their reason; say it once where a developer looks.
			System.out.println("[WARNING] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	static List<String> missing() {
		return List.of(DB_URL, SEARCH_HOSTS).stream().filter(name -> isBlank(System.getenv(name))).toList();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

package com.candidatesearch.scale;

import javax.sql.DataSource;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drops the database schema a scale test context made for itself when that context closes. */
public class ScaleTestCleanup implements ApplicationListener<ContextClosedEvent> {

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		String schema = event.getApplicationContext().getEnvironment().getProperty(ScaleTestEnvironment.SCHEMA);
		if (schema == null || !schema.matches("cs_test_[0-9a-f]+")) {
			return;
		}
		new JdbcTemplate(event.getApplicationContext().getBean(DataSource.class))
			.execute("drop schema if exists " + schema + " cascade");
	}

}

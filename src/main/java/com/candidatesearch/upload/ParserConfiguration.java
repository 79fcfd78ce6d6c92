package com.candidatesearch.upload;

import com.candidatesearch.CandidateSearchApplication;
import com.candidatesearch.parse.ParseWorkers;
import com.candidatesearch.parse.ResumeParser;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The parser is plain Java so the command line can use it without Spring; here it becomes a bean:
 * by default one that parses in worker processes, so no uploaded file can stall or exhaust the
 * application itself. Every user of the bean (upload, "Parse again") goes through it.
 */
@Configuration(proxyBeanMethods = false)
class ParserConfiguration {

	@Bean
	ResumeParser resumeParser(ParseProperties properties) {
		if (properties.isolation() == ParseProperties.Isolation.NONE) {
			return new ResumeParser();
		}
		return new ParseWorkers(ParseWorkers.command(CandidateSearchApplication.class, properties.workerHeap().toBytes()),
				properties.workers(), properties.queue(), properties.timeLimit());
	}

	/**
	 * A serving application starts its workers once it is up, so the first upload need not wait
	 * for a JVM; a context without a web server (the reindex command, most tests) starts one
	 * only when it parses.
	 */
	@EventListener
	void warmUp(ApplicationReadyEvent ready) {
		if (ready.getApplicationContext() instanceof WebServerApplicationContext
				&& ready.getApplicationContext().getBean(ResumeParser.class) instanceof ParseWorkers workers) {
			workers.warmUp();
		}
	}

}

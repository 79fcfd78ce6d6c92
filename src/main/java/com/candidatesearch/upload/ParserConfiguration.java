package com.candidatesearch.upload;

import com.candidatesearch.parse.ResumeParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser is plain Java so the command line can use it without Spring; here it becomes a bean. */
@Configuration(proxyBeanMethods = false)
class ParserConfiguration {

	@Bean
	ResumeParser resumeParser() {
		return new ResumeParser();
	}

}

package com.candidatesearch;

import java.util.Arrays;
import java.util.List;

import com.candidatesearch.cli.ParseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Starts the web application, or runs a command ({@code parse FILE...}) without starting it.
 */
// No user store yet: every page is open until accounts arrive (issue 7), so Boot's generated
// in-memory user, whose password nothing asks for, is left out.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CandidateSearchApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "parse".equals(args[0])) {
			List<String> rest = Arrays.asList(args).subList(1, args.length);
			System.exit(ParseCommand.run(rest, System.out, System.err));
		}
		SpringApplication.run(CandidateSearchApplication.class, args);
	}

}

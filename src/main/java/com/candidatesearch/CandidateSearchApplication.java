package com.candidatesearch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CandidateSearchApplication {

	public static void main(String[] args) {
		SpringApplication.run(CandidateSearchApplication.class, args);
	}

}

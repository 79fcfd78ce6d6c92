package com.candidatesearch.parse.field;

import com.candidatesearch.parse.ParsedResume.Profile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworksTests {

	@Test
	void knowsAProfileByItsHostAndTakesTheUserFromWhereTheNetworkPutsIt() {
		assertThat(Networks.profile("https://www.linkedin.com/in/john.doe"))
			.isEqualTo(new Profile("LinkedIn", "john.doe", "https://www.linkedin.com/in/john.doe"));
		assertThat(Networks.profile("https://stackoverflow.com/users/123/jdoe").username()).isEqualTo("jdoe");
		assertThat(Networks.profile("https://scholar.google.co.uk/citations?hl=en&user=AbC-12").username()).isEqualTo("AbC-12");
		assertThat(Networks.profile("https://www.researchgate.net/profile/Jane_Doe").network()).isEqualTo("ResearchGate");
		assertThat(Networks.profile("orcid.org/0000-0002-1825-0097").network()).isEqualTo("ORCID");
		assertThat(Networks.profile("https://wa.me/12345678901").network()).isEqualTo("WhatsApp");
		assertThat(Networks.profile("https://matrix.to/#/@jane:matrix.org").username()).isEqualTo("@jane:matrix.org");
		assertThat(Networks.profile("https://x.com/@jane").username()).isEqualTo("jane");
		assertThat(Networks.profile("https://medium.com/@jane").network()).isEqualTo("Medium");
	}

	@Test
	void aRepositoryAPostOrAnotherSiteIsNoProfile() {
		assertThat(Networks.profile("https://github.com/jane/pgshard")).isNull();
		assertThat(Networks.profile("https://github.com/")).isNull();
		assertThat(Networks.profile("https://www.linkedin.com/company/acme")).isNull();
		assertThat(Networks.profile("https://jane.example.org/about")).isNull();
		assertThat(Networks.profile("notgithub.com/jane")).isNull();
		assertThat(Networks.onNetwork("https://github.com/")).isTrue();
		assertThat(Networks.onNetwork("https://jane.example.org")).isFalse();
	}

	@Test
	void namesANetworkByItsLabelOrItsIcon() {
		assertThat(Networks.named("stackoverflow")).isEqualTo("Stack Overflow");
		assertThat(Networks.named("Google Scholar")).isEqualTo("Google Scholar");
		assertThat(Networks.named("Acme")).isNull();
		assertThat(Networks.withoutAddress("skype")).isEqualTo("Skype");
		assertThat(Networks.withoutAddress("square-signal")).isEqualTo("Signal");
		assertThat(Networks.withoutAddress("github")).as("a network with addresses is named by its links").isNull();
		assertThat(Networks.withoutAddress("phone-alt")).isNull();
	}

}

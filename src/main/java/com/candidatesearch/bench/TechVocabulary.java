package com.candidatesearch.bench;

import java.util.List;
import java.util.Map;

/**
 * Real skills, job titles, venues and credentials that recruiters search for, so that the
 * generated corpus answers the benchmark's queries the way real resumes would; Datafaker's
 * invented buzzwords would match nothing anyone types.
 */
final class TechVocabulary {

	/** Skill groups as resumes head them, each with the skills that go under that heading. */
	static final Map<String, List<String>> SKILL_GROUPS = Map.of(
			"Programming Languages", List.of("Java", "Python", "C++", "C#", "Go", "Rust", "Kotlin", "Scala",
					"TypeScript", "JavaScript", "Ruby", "PHP", "Swift", "Objective-C", "F#", "R", "Julia", "Haskell",
					"Elixir", "SQL", "Bash", "MATLAB"),
			"Frameworks", List.of("Spring Boot", "Spring", "Django", "Flask", "FastAPI", "React", "Angular", "Vue",
					"Node.js", ".NET", "ASP.NET Core", "Rails", "Express", "Next.js", "Hibernate", "gRPC", "GraphQL",
					"React Native", "Flutter"),
			"Machine Learning", List.of("PyTorch", "TensorFlow", "JAX", "scikit-learn", "Keras", "Hugging Face",
					"XGBoost", "LightGBM", "computer vision", "natural language processing", "reinforcement learning",
					"deep learning", "machine learning", "LLM", "diffusion models", "transformers", "OpenCV", "CUDA"),
			"Data", List.of("PostgreSQL", "MySQL", "MongoDB", "Redis", "Elasticsearch", "Kafka", "Spark", "Hadoop",
					"Airflow", "dbt", "Snowflake", "BigQuery", "Cassandra", "ClickHouse", "pandas", "NumPy"),
			"Cloud & DevOps", List.of("AWS", "GCP", "Azure", "Docker", "Kubernetes", "Terraform", "Ansible",
					"Jenkins", "GitHub Actions", "Prometheus", "Grafana", "Linux", "Helm", "Istio", "CI/CD"),
			"Tools", List.of("Git", "Jira", "Maven", "Gradle", "Bazel", "IntelliJ IDEA", "Vim", "Figma", "Postman",
					"Wireshark", "LaTeX"));

	static final List<String> TITLES = List.of("Software Engineer", "Senior Software Engineer",
			"Staff Software Engineer", "Principal Engineer", "Backend Engineer", "Frontend Engineer",
			"Full Stack Developer", "Data Scientist", "Senior Data Scientist", "Machine Learning Engineer",
			"Research Scientist", "Research Engineer", "Data Engineer", "DevOps Engineer",
			"Site Reliability Engineer", "Cloud Architect", "Engineering Manager", "Mobile Developer",
			"iOS Developer", "Android Developer", "Security Engineer", "QA Engineer", "Platform Engineer",
			"Solutions Architect", "Technical Lead", "Applied Scientist", "Computer Vision Engineer",
			"NLP Engineer", "Embedded Software Engineer", "Game Developer", "Software Engineering Intern",
			"Research Intern", "Graduate Research Assistant", "Postdoctoral Researcher", "CTO");

	/** Venues with a short name as resumes print them; the year is added per paper. */
	static final List<String> VENUES = List.of("NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP",
			"NAACL", "AAAI", "IJCAI", "KDD", "SIGIR", "WWW", "SIGMOD", "VLDB", "OSDI", "SOSP", "NSDI", "ICSE",
			"FSE", "PLDI", "CHI", "ISCA", "MICRO", "IEEE Transactions on Pattern Analysis and Machine Intelligence",
			"Journal of Machine Learning Research", "Nature Machine Intelligence", "arXiv preprint");

	static final List<String> PAPER_TOPICS = List.of("Diffusion Models", "Vision Transformers",
			"Graph Neural Networks", "Contrastive Learning", "Federated Learning", "Neural Radiance Fields",
			"Large Language Models", "Retrieval-Augmented Generation", "Query Optimization", "Distributed Consensus",
			"Program Synthesis", "Static Analysis", "Speech Recognition", "Object Detection",
			"Semantic Segmentation", "Reinforcement Learning", "Differential Privacy", "Anomaly Detection",
			"Time Series Forecasting", "Recommender Systems", "Code Generation", "Compiler Optimization");

	static final List<String> PAPER_FORMS = List.of("Efficient %s at Scale", "Rethinking %s",
			"A Survey of %s", "Towards Robust %s", "Scaling Laws for %s", "%s without Labels",
			"On the Generalization of %s", "Sparse %s for Edge Devices", "Benchmarking %s", "Learning %s from Scratch");

	static final List<String> DEGREES = List.of("B.S.", "B.Sc.", "B.A.", "B.Eng.", "M.S.", "M.Sc.", "M.Eng.",
			"MBA", "Ph.D.");

	static final List<String> AREAS = List.of("Computer Science", "Electrical Engineering",
			"Software Engineering", "Mathematics", "Statistics", "Physics", "Data Science",
			"Computer Engineering", "Information Systems", "Applied Mathematics", "Cognitive Science");

	static final List<String> LANGUAGES = List.of("English", "German", "French", "Spanish", "Mandarin",
			"Japanese", "Portuguese", "Hindi", "Italian", "Russian", "Korean", "Arabic", "Dutch", "Polish");

	static final List<String> FLUENCIES = List.of("Native", "Fluent", "Professional", "Intermediate", "Basic");

	static final List<String> CERTIFICATES = List.of("AWS Certified Solutions Architect",
			"Certified Kubernetes Administrator", "Google Cloud Professional Data Engineer",
			"Microsoft Certified: Azure Developer Associate", "Oracle Certified Professional Java SE Developer",
			"Certified ScrumMaster", "CISSP", "Terraform Associate", "TensorFlow Developer Certificate", "PMP");

	static final Map<String, String> ISSUERS = Map.of("AWS", "Amazon Web Services", "Kubernetes", "CNCF",
			"Google", "Google Cloud", "Microsoft", "Microsoft", "Oracle", "Oracle", "Scrum", "Scrum Alliance",
			"CISSP", "ISC2", "Terraform", "HashiCorp", "TensorFlow", "Google", "PMP", "PMI");

	static final List<String> AWARDS = List.of("Best Paper Award", "Outstanding Reviewer Award",
			"Dean's List", "Graduate Fellowship", "Hackathon Winner", "Employee of the Year",
			"Distinguished Engineer Award", "Best Student Paper", "Teaching Excellence Award", "Spot Award");

	static final List<String> VERBS = List.of("Built", "Designed", "Led", "Migrated", "Reduced", "Improved",
			"Shipped", "Automated", "Scaled", "Introduced", "Mentored", "Refactored", "Optimized");

	static final List<String> OBJECTS = List.of("the payments API", "a real-time analytics pipeline",
			"the search service", "a recommendation engine", "the CI/CD pipeline", "the data warehouse",
			"an internal developer platform", "the mobile checkout flow", "a feature store",
			"the monitoring stack", "a model serving layer", "the authentication service");

	static final List<String> OUTCOMES = List.of("cutting latency by 40%", "serving 2M requests a day",
			"saving $120k a year in cloud costs", "raising test coverage to 85%", "for 12 teams",
			"with zero downtime", "halving build times", "across three regions", "improving accuracy by 7 points");

	static final List<String> COURSES = List.of("Introduction to Programming", "Data Structures",
			"Algorithms", "Operating Systems", "Machine Learning", "Databases", "Computer Networks",
			"Distributed Systems", "Computer Vision", "Compilers");

	/** What a teaching assistant or lecturer writes under a course. */
	static final List<String> TEACHING_DUTIES = List.of("Ran weekly lab sessions for 40 students.",
			"Graded assignments and held office hours.", "Wrote new exercise sets and their autograders.",
			"Gave four guest lectures on the course's final unit.", "Mentored student projects in teams of four.");

	private TechVocabulary() {
	}

}

package com.candidatesearch.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' index page: whether the index agrees with the database, the candidates it
 * refused (with why), and a button that starts a mass reindex.
 */
@Controller
class IndexStatusController {

	private final EntityManagerFactory entityManagerFactory;

	private final IndexRepair repair;

	private final MassReindex reindex;

	IndexStatusController(EntityManagerFactory entityManagerFactory, IndexRepair repair, MassReindex reindex) {
		this.entityManagerFactory = entityManagerFactory;
		this.repair = repair;
		this.reindex = reindex;
	}

	/**
	 * One candidate the index refused, as the page lists it.
	 *
	 * @param id the candidate's id
	 * @param name the candidate's name, or {@code null} when the parse found none (or the row is gone)
	 * @param reason why the index refused it
	 */
	record RefusedRow(long id, String name, String reason) {
	}

	@GetMapping("/admin/index")
	String status(Model model) {
		IndexRepair.Report report = this.repair.lastReport();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			IndexCounts counts = IndexCounts.read(entityManager);
			List<RefusedRow> refused = report.refused()
				.stream()
				.map(one -> new RefusedRow(one.id(), name(entityManager, one.id()), one.reason()))
				.toList();
			model.addAttribute("documents", counts.documents());
			model.addAttribute("candidates", counts.candidates());
			model.addAttribute("refused", refused);
		}
		model.addAttribute("report", report);
		model.addAttribute("reindex", this.reindex.progress());
		return "search/index-status";
	}

	@PostMapping("/admin/index/reindex")
	String startReindex(RedirectAttributes redirect) {
		try {
			this.reindex.start();
			redirect.addFlashAttribute("message", "The reindex has started; this page shows how far it is.");
		}
		catch (ReindexRunningException ex) {
			redirect.addFlashAttribute("message", "A reindex is already running.");
		}
		return "redirect:/admin/index";
	}

	private static String name(EntityManager entityManager, long id) {
		return entityManager.createQuery("select c.name from Candidate c where c.id = :id", String.class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst()
			.orElse(null);
	}

}

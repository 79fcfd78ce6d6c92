package com.candidatesearch.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False)} over the code points of
 * two strings: the near-match ratio score.py relies on, ported step by step so ratios agree to
 * the last bit. Without a junk function or autojunk nothing is junk, so difflib's junk
 * bookkeeping (and the block extension over junk) has nothing to do and is left out.
 */
final class SequenceMatcher {

	private final int[] a;

	private final int[] b;

	/** For each code point of b, the indexes where it occurs, ascending (difflib's b2j). */
	private final Map<Integer, int[]> positionsInB;

	SequenceMatcher(String a, String b) {
		this.a = a.codePoints().toArray();
		this.b = b.codePoints().toArray();
		Map<Integer, List<Integer>> positions = new HashMap<>();
		for (int j = 0; j < this.b.length; j++) {
			positions.computeIfAbsent(this.b[j], (element) -> new ArrayList<>()).add(j);
		}
		this.positionsInB = new HashMap<>();
		positions.forEach((element, indexes) -> this.positionsInB.put(element,
				indexes.stream().mapToInt(Integer::intValue).toArray()));
	}

	/** A run of {@code size} equal elements at {@code a[i]} and {@code b[j]}. */
	record Match(int i, int j, int size) {
	}

	/** 2 * matches / total length, 1.0 for two empty strings. */
	double ratio() {
		int matches = 0;
		for (Match block : matchingBlocks()) {
			matches += block.size();
		}
		return ratio(matches);
	}

	/** An upper bound on {@link #ratio()}: elements in common, ignoring order. */
	double quickRatio() {
		Map<Integer, Integer> inB = new HashMap<>();
		for (int element : this.b) {
			inB.merge(element, 1, Integer::sum);
		}
		Map<Integer, Integer> available = new HashMap<>();
		int matches = 0;
		for (int element : this.a) {
			int count = available.containsKey(element) ? available.get(element) : inB.getOrDefault(element, 0);
			available.put(element, count - 1);
			if (count > 0) {
				matches++;
			}
		}
		return ratio(matches);
	}

	/** A cheaper upper bound on {@link #ratio()}, from the lengths alone. */
	double realQuickRatio() {
		return ratio(Math.min(this.a.length, this.b.length));
	}

	/**
	 * difflib's {@code get_matching_blocks()}: the longest match, then recursively the longest
	 * matches left and right of it, sorted, adjacent blocks merged, and a final empty block.
	 */
	List<Match> matchingBlocks() {
		List<Match> blocks = new ArrayList<>();
		Deque<int[]> queue = new ArrayDeque<>();
		queue.push(new int[] { 0, this.a.length, 0, this.b.length });
		while (!queue.isEmpty()) {
			int[] range = queue.pop();
			int alo = range[0];
			int ahi = range[1];
			int blo = range[2];
			int bhi = range[3];
			Match match = findLongestMatch(alo, ahi, blo, bhi);
			if (match.size() > 0) {
				blocks.add(match);
				if (alo < match.i() && blo < match.j()) {
					queue.push(new int[] { alo, match.i(), blo, match.j() });
				}
				if (match.i() + match.size() < ahi && match.j() + match.size() < bhi) {
					queue.push(new int[] { match.i() + match.size(), ahi, match.j() + match.size(), bhi });
				}
			}
		}
		blocks.sort(Comparator.comparingInt(Match::i).thenComparingInt(Match::j).thenComparingInt(Match::size));
		List<Match> merged = new ArrayList<>();
		Match current = new Match(0, 0, 0);
		for (Match block : blocks) {
			if (current.i() + current.size() == block.i() && current.j() + current.size() == block.j()) {
				current = new Match(current.i(), current.j(), current.size() + block.size());
			}
			else {
				if (current.size() > 0) {
					merged.add(current);
				}
				current = block;
			}
		}
		if (current.size() > 0) {
			merged.add(current);
		}
		merged.add(new Match(this.a.length, this.b.length, 0));
		return merged;
	}

	/**
	 * difflib's {@code find_longest_match}: the longest run a[i:i+k] == b[j:j+k] inside the
	 * ranges, the earliest in a, then the earliest in b; (alo, blo, 0) when nothing matches.
	 */
	Match findLongestMatch(int alo, int ahi, int blo, int bhi) {
		int besti = alo;
		int bestj = blo;
		int bestSize = 0;
		// lengths of the matches ending at a[i-1] and b[j], by j
		Map<Integer, Integer> lengths = new HashMap<>();
		for (int i = alo; i < ahi; i++) {
			Map<Integer, Integer> newLengths = new HashMap<>();
			for (int j : this.positionsInB.getOrDefault(this.a[i], new int[0])) {
				if (j < blo) {
					continue;
				}
				if (j >= bhi) {
					break;
				}
				int k = lengths.getOrDefault(j - 1, 0) + 1;
				newLengths.put(j, k);
				if (k > bestSize) {
					besti = i - k + 1;
					bestj = j - k + 1;
					bestSize = k;
				}
			}
			lengths = newLengths;
		}
		return new Match(besti, bestj, bestSize);
	}

	private double ratio(int matches) {
		int length = this.a.length + this.b.length;
		return (length > 0) ? 2.0 * matches / length : 1.0;
	}

}

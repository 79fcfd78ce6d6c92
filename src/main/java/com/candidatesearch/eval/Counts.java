package com.candidatesearch.eval;

/**
 * True positives, false positives and false negatives of one section (or of several added up),
 * with precision, recall and F1 as score.py figures them.
 *
 * @param tp fields the parse got right
 * @param fp fields the parse has that the gold file has not (or has otherwise)
 * @param fn fields of the gold file the parse missed or got wrong
 */
public record Counts(int tp, int fp, int fn) {

	/** Nothing counted. */
	public static final Counts NONE = new Counts(0, 0, 0);

	/** TP / (TP + FP); 1.0 when nothing was predicted and nothing was missed, else 0.0. */
	public double precision() {
		if (this.tp + this.fp > 0) {
			return (double) this.tp / (this.tp + this.fp);
		}
		return (this.fn == 0) ? 1.0 : 0.0;
	}

	/** TP / (TP + FN); 1.0 when there was nothing to find and nothing was predicted, else 0.0. */
	public double recall() {
		if (this.tp + this.fn > 0) {
			return (double) this.tp / (this.tp + this.fn);
		}
		return (this.fp == 0) ? 1.0 : 0.0;
	}

	/** The harmonic mean of precision and recall, 0.0 when both are 0. */
	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r > 0) ? 2 * p * r / (p + r) : 0.0;
	}

	public Counts plus(Counts other) {
		return new Counts(this.tp + other.tp, this.fp + other.fp, this.fn + other.fn);
	}

	boolean isZero() {
		return this.tp == 0 && this.fp == 0 && this.fn == 0;
	}

}

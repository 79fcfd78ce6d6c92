package com.candidatesearch.parse.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The list marks a page draws as shapes, not letters: a browser printing a page to PDF
 * paints each list item's disc or square as a small filled path, so the text alone has
 * no bullets and a list reads as a paragraph. Only the extent of each path is kept; nothing
 * is rendered and no image is decoded.
 */
final class PdfMarks extends PDFGraphicsStreamEngine {

	/** Smallest and largest a mark is across, in points: a disc at 8 to 14 pt text. */
	private static final float MIN_SIDE = 1.5f;

	private static final float MAX_SIDE = 8f;

	/** The most marks kept a page, so a page of many small shapes costs no more than its length. */
	private static final int MAX_MARKS = 2_000;

	/** Smallest and largest height of a box drawn around a tag's words, in points. */
	private static final float MIN_BOX = 6f;

	private static final float MAX_BOX = 40f;

	/** A mark: its left edge, width and centre, y measured down from the top as text positions are. */
	record Mark(float x, float width, float centreY) {
	}

	/** A box drawn around text, perhaps a tag's: its edges, y measured down from the top. */
	record Box(float x, float endX, float top, float bottom) {

		boolean holds(float pointX, float pointY) {
			return pointX >= this.x && pointX <= this.endX && pointY >= this.top && pointY <= this.bottom;
		}

	}

	/** What a page draws: its small marks and its boxes. */
	record Shapes(List<Mark> marks, List<Box> boxes) {
	}

	private final List<Mark> marks = new ArrayList<>();

	private final List<Box> boxes = new ArrayList<>();

	private final PDRectangle box;

	private float minX;

	private float maxX;

	private float minY;

	private float maxY;

	private boolean empty = true;

	private final Point2D.Float current = new Point2D.Float();

	private PdfMarks(PDPage page) {
		super(page);
		this.box = page.getCropBox();
	}

	static Shapes of(PDPage page) throws IOException {
		PdfMarks marks = new PdfMarks(page);
		marks.processPage(page);
		return new Shapes(marks.marks, marks.boxes);
	}

	private void add(double x, double y) {
		float fx = (float) x;
		float fy = (float) y;
		if (this.empty) {
			this.minX = fx;
			this.maxX = fx;
			this.minY = fy;
			this.maxY = fy;
			this.empty = false;
		}
		else {
			this.minX = Math.min(this.minX, fx);
			this.maxX = Math.max(this.maxX, fx);
			this.minY = Math.min(this.minY, fy);
			this.maxY = Math.max(this.maxY, fy);
		}
	}

	private void painted() {
		float width = this.maxX - this.minX;
		float height = this.maxY - this.minY;
		float top = this.box.getUpperRightY();
		if (!this.empty && this.marks.size() < MAX_MARKS && width >= MIN_SIDE && width <= MAX_SIDE
				&& height >= MIN_SIDE && height <= MAX_SIDE && width <= 1.6f * height && height <= 1.6f * width) {
			this.marks.add(new Mark(this.minX - this.box.getLowerLeftX(), width, top - (this.minY + this.maxY) / 2));
		}
		else if (!this.empty && this.boxes.size() < MAX_MARKS && height >= MIN_BOX && height <= MAX_BOX
				&& width >= height) {
			float left = this.box.getLowerLeftX();
			this.boxes.add(new Box(this.minX - left, this.maxX - left, top - this.maxY, top - this.minY));
		}
		this.empty = true;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		add(p0.getX(), p0.getY());
		add(p1.getX(), p1.getY());
		add(p2.getX(), p2.getY());
		add(p3.getX(), p3.getY());
		this.current.setLocation(p0);
	}

	@Override
	public void drawImage(PDImage image) {
		// an image is no mark, and decoding it would cost time for nothing
	}

	@Override
	public void clip(int windingRule) {
		// a clip paints nothing; the path it ends is kept for the paint that follows, if any
	}

	@Override
	public void moveTo(float x, float y) {
		add(x, y);
		this.current.setLocation(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		add(x, y);
		this.current.setLocation(x, y);
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		add(x1, y1);
		add(x2, y2);
		add(x3, y3);
		this.current.setLocation(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return this.current;
	}

	@Override
	public void closePath() {
		// closing a path adds no point outside it
	}

	@Override
	public void endPath() {
		this.empty = true;
	}

	@Override
	public void strokePath() {
		painted();
	}

	@Override
	public void fillPath(int windingRule) {
		painted();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		painted();
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// a gradient is no mark
	}

}

#!/usr/bin/env bash
# Regenerates the binary gold-set resumes (resumes/*.pdf|docx|odt|rtf) from their sources in
# sources/. The text formats (.html, .md, .txt, .json) are written by hand in resumes/ and have
# no build step. CI never runs this: it reads the committed files.
#
#   *.tex   pdflatex: Latin Modern fonts, so ligatures (fi, fl, ffi) are real glyphs, and the
#           narrow justified text hyphenates at line ends as LaTeX CVs do
#   *.fodt  LibreOffice flat ODT (paragraph styles, page headers, layout tables, tab stops),
#           saved as .docx, .odt or exported to .pdf
#   *.html  LibreOffice Writer import, saved as .docx/.rtf or exported to .pdf the way a
#           Word user exports (04 goes through .docx first)
#
# Needs (Debian 12):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui texlive-latex-base \
#     texlive-latex-recommended texlive-fonts-recommended lmodern fonts-liberation \
#     fonts-crosextra-carlito fonts-dejavu-core
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$here/sources"
out="$here/resumes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

office() { # office FORMAT FILE [INFILTER]
	local filter=()
	[ -n "${3:-}" ] && filter=(--infilter="$3")
	soffice -env:UserInstallation="file://$work/profile" --headless "${filter[@]}" \
		--convert-to "$1" --outdir "$work" "$2" >/dev/null
}
html='HTML (StarWriter)'

for tex in 02_raghunathan_twocol 03_solberg_academic 15_dubois_french; do
	pdflatex -interaction=batchmode -halt-on-error -output-directory "$work" "$src/$tex.tex" >/dev/null
	cp "$work/$tex.pdf" "$out/"
done

office pdf:writer_pdf_Export "$src/01_okafor_onecol.html" "$html"
office 'docx:MS Word 2007 XML' "$src/04_mendonca_manager.html" "$html"
office pdf:writer_pdf_Export "$work/04_mendonca_manager.docx"
office 'docx:MS Word 2007 XML' "$src/05_wrobel_header_table.fodt"
office odt "$src/06_adeyemi_label_table.fodt"
office 'rtf:Rich Text Format' "$src/07_fernandez_spanish.html" "$html"
office 'docx:MS Word 2007 XML' "$src/14_mueller_german.html" "$html"
office 'docx:MS Word 2007 XML' "$src/16_petrova_tabs.fodt"
office pdf:writer_pdf_Export "$src/17_kim_sidebar.fodt"
office pdf:writer_pdf_Export "$src/18_rossi_phd.html" "$html"

cp "$work/01_okafor_onecol.pdf" "$work/04_mendonca_manager.pdf" "$work/05_wrobel_header_table.docx" \
	"$work/06_adeyemi_label_table.odt" "$work/07_fernandez_spanish.rtf" "$work/14_mueller_german.docx" \
	"$work/16_petrova_tabs.docx" "$work/17_kim_sidebar.pdf" "$work/18_rossi_phd.pdf" "$out/"

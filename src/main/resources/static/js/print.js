// Shows the Print buttons (hidden without JavaScript, where the browser's own Print does the same).
document.querySelectorAll('[data-print]').forEach((button) => {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
});

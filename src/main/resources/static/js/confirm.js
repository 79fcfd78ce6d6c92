// Asks before a form with data-confirm does something that cannot be undone (deleting a candidate).
document.addEventListener('submit', (event) => {
	const question = event.target.getAttribute && event.target.getAttribute('data-confirm');
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});

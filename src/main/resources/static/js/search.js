// Enables "Compare selected" only when 2 to 4 candidates are ticked, and says how many are.
// Without this script the button always works and the compare page explains a wrong choice.
(() => {
	'use strict';

	const form = document.getElementById('compare-form');
	if (!form) {
		return;
	}
	const button = document.getElementById('compare-button');
	const count = document.getElementById('compare-count');

	function update() {
		const ticked = form.querySelectorAll('input[name="ids"]:checked').length;
		button.disabled = ticked < 2 || ticked > 4;
		if (ticked === 0) {
			count.textContent = 'Tick 2 to 4 candidates to compare them.';
		}
		else if (ticked > 4) {
			count.textContent = ticked + ' selected: compare at most 4.';
		}
		else {
			count.textContent = ticked + ' selected' + (ticked < 2 ? ': tick one more.' : '.');
		}
	}

	form.addEventListener('change', update);
	update();
})();

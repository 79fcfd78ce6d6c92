// Upload with JavaScript: files dropped or picked are sent one per request to the JSON API, so each
// gets its own progress bar and result. Everything shown from a file or an answer goes through
// textContent; the page never parses HTML it did not write.
(() => {
	'use strict';

	const form = document.getElementById('upload-form');
	if (!form || !window.FormData || !window.XMLHttpRequest) {
		return;
	}
	const input = document.getElementById('files');
	const zone = document.getElementById('dropzone');
	const live = document.getElementById('live-results');
	const rows = document.getElementById('live-rows');
	const button = document.getElementById('upload-button');
	const summary = document.getElementById('upload-summary');
	const api = form.dataset.api;
	const candidates = form.dataset.candidates;
	const maxBytes = Number(form.dataset.maxBytes);
	const csrfToken = meta('_csrf');
	const csrfHeader = meta('_csrf_header');
	let queued = [];
	let busy = false;

	document.getElementById('dropzone-hint').hidden = false;

	['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (event) => {
		event.preventDefault();
		zone.classList.add('dragging');
	}));
	['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, () => zone.classList.remove('dragging')));
	zone.addEventListener('drop', (event) => {
		event.preventDefault();
		if (!busy && event.dataTransfer && event.dataTransfer.files.length) {
			input.files = event.dataTransfer.files;
			queue(input.files);
		}
	});
	input.addEventListener('change', () => queue(input.files));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (!busy && queued.length) {
			uploadAll();
		}
	});

	function meta(name) {
		const element = document.querySelector('meta[name="' + name + '"]');
		return element ? element.getAttribute('content') : null;
	}

	function queue(files) {
		queued = Array.from(files).map(row);
		rows.replaceChildren(...queued.map((item) => item.row));
		live.hidden = queued.length === 0;
		summary.textContent = queued.length ? queued.length + ' file(s) ready to upload' : '';
	}

	function row(file) {
		const tr = document.createElement('tr');
		const cells = ['file', 'size', 'progress', 'state', 'result'].map((name) => {
			const td = document.createElement('td');
			td.className = name;
			tr.appendChild(td);
			return td;
		});
		cells[0].textContent = file.name;
		cells[1].textContent = size(file.size);
		const progress = document.createElement('progress');
		progress.max = 1;
		progress.value = 0;
		cells[2].appendChild(progress);
		const status = document.createElement('span');
		status.className = 'status';
		cells[3].appendChild(status);
		const item = { file, row: tr, progress, status, result: cells[4] };
		state(item, 'queued', 'queued');
		return item;
	}

	async function uploadAll() {
		busy = true;
		button.disabled = true;
		for (const item of queued) {
			await send(item);
		}
		const count = (name) => queued.filter((item) => item.row.dataset.status === name).length;
		const versions = count('version');
		summary.textContent = count('created') + ' created, ' + count('duplicate') + ' already uploaded, '
			+ (versions ? versions + (versions === 1 ? ' new version' : ' new versions') + ' to decide on, ' : '')
			+ count('failed') + ' failed';
		form.reset();
		queued = [];
		busy = false;
		button.disabled = false;
	}

	function send(item) {
		if (item.file.size > maxBytes) {
			fail(item, item.file.name + ' is larger than 10 MB, the most this server accepts. Upload a smaller file.');
			return Promise.resolve();
		}
		return new Promise((resolve) => {
			const xhr = new XMLHttpRequest();
			xhr.open('POST', api);
			xhr.setRequestHeader('Accept', 'application/json');
			if (csrfToken && csrfHeader) {
				xhr.setRequestHeader(csrfHeader, csrfToken);
			}
			xhr.upload.addEventListener('progress', (event) => {
				if (event.lengthComputable) {
					item.progress.max = event.total;
					item.progress.value = event.loaded;
				}
			});
			xhr.upload.addEventListener('load', () => state(item, 'parsing', 'parsing…'));
			xhr.addEventListener('load', () => {
				item.progress.value = item.progress.max;
				answer(item, xhr);
				resolve();
			});
			xhr.addEventListener('error', () => {
				fail(item, 'The upload of ' + item.file.name + ' was interrupted. Check the connection and upload it again.');
				resolve();
			});
			const data = new FormData();
			data.append('files', item.file, item.file.name);
			state(item, 'uploading', 'uploading');
			xhr.send(data);
		});
	}

	function answer(item, xhr) {
		let body = null;
		try {
			body = JSON.parse(xhr.responseText);
		}
		catch (ignored) {
			// not JSON: a proxy's error page; the status code is all there is to report
		}
		if (xhr.status >= 200 && xhr.status < 300 && Array.isArray(body) && body.length === 1) {
			const outcome = body[0];
			if (outcome.status === 'version' && Number.isInteger(outcome.id) && Number.isInteger(outcome.pendingId)) {
				offerVersion(item, outcome);
				return;
			}
			const status = ['created', 'duplicate', 'failed'].includes(outcome.status) ? outcome.status : 'failed';
			state(item, status, status === 'duplicate' ? 'already uploaded' : status);
			if (Number.isInteger(outcome.id)) {
				const link = document.createElement('a');
				link.href = candidates + outcome.id;
				link.textContent = status === 'duplicate' ? 'Open the existing candidate' : 'Open the candidate';
				item.result.appendChild(link);
			}
			if (typeof outcome.error === 'string') {
				message(item, outcome.error);
			}
			return;
		}
		fail(item, body && typeof body.detail === 'string' ? body.detail
			: 'The server answered ' + xhr.status + ' for ' + item.file.name + '. Upload it again.');
	}

	// A likely new version of a stored candidate: say whose and why, and offer both answers, each sent to
	// the JSON API so the other rows stay on the page.
	function offerVersion(item, outcome) {
		const name = typeof outcome.name === 'string' ? outcome.name : 'candidate ' + outcome.id;
		const reasons = Array.isArray(outcome.reasons) ? outcome.reasons.filter((r) => typeof r === 'string') : [];
		state(item, 'version', 'new version?');
		item.result.classList.add('version-offer');
		const heldAs = typeof outcome.heldFile === 'string' && outcome.heldFile !== item.file.name
			? '; held already as ' + outcome.heldFile : '';
		message(item, 'Looks like a new version of ' + name + (reasons.length ? ' (' + reasons.join(', ') + ')' : '') + heldAs);
		const actions = document.createElement('span');
		actions.className = 'version-actions';
		const versionsApi = api + '/' + outcome.id + '/versions/' + outcome.pendingId;
		const update = actionButton('Update ' + name + ' with this version', '');
		const separate = actionButton('Keep as a separate candidate', 'secondary');
		const discard = actionButton('Discard', 'danger');
		const existing = document.createElement('a');
		existing.href = candidates + outcome.id;
		existing.textContent = 'Open the existing candidate';
		update.addEventListener('click', () => decide(item, actions, versionsApi, () => {
			state(item, 'created', 'updated');
			return link(candidates + outcome.id + '/versions', 'Updated ' + name + ': see the versions');
		}));
		separate.addEventListener('click', () => decide(item, actions, versionsApi + '/separate', (answer) => {
			state(item, 'created', 'created');
			return link(candidates + answer.id, 'Open the candidate');
		}));
		discard.addEventListener('click', () => decide(item, actions, versionsApi, () => {
			state(item, 'discarded', 'discarded');
			const span = document.createElement('span');
			span.className = 'message';
			span.textContent = 'Discarded; ' + name + ' is unchanged.';
			return span;
		}, 'DELETE'));
		actions.append(update, separate, discard, existing);
		item.result.appendChild(actions);
	}

	function decide(item, actions, url, done, method) {
		actions.querySelectorAll('button').forEach((b) => { b.disabled = true; });
		const xhr = new XMLHttpRequest();
		xhr.open(method || 'POST', url);
		xhr.setRequestHeader('Accept', 'application/json');
		// The API takes a change riding on the session cookie only with the CSRF token.
		if (csrfToken && csrfHeader) {
			xhr.setRequestHeader(csrfHeader, csrfToken);
		}
		xhr.addEventListener('load', () => {
			let body = null;
			try {
				body = JSON.parse(xhr.responseText);
			}
			catch (ignored) {
				// not JSON: only the status code tells what happened
			}
			if (xhr.status === 204 || (xhr.status >= 200 && xhr.status < 300 && body && Number.isInteger(body.id))) {
				item.result.replaceChildren(done(body));
				return;
			}
			actions.querySelectorAll('button').forEach((b) => { b.disabled = false; });
			message(item, body && typeof body.detail === 'string' ? body.detail
				: 'The server answered ' + xhr.status + '. Try again.');
		});
		xhr.addEventListener('error', () => {
			actions.querySelectorAll('button').forEach((b) => { b.disabled = false; });
			message(item, 'The connection was interrupted. Try again.');
		});
		xhr.send();
	}

	function actionButton(text, className) {
		const b = document.createElement('button');
		b.type = 'button';
		b.className = className;
		b.textContent = text;
		return b;
	}

	function link(href, text) {
		const a = document.createElement('a');
		a.href = href;
		a.textContent = text;
		return a;
	}

	function state(item, name, text) {
		item.row.dataset.status = name;
		item.row.className = 'status-' + name;
		item.status.textContent = text;
	}

	function fail(item, text) {
		state(item, 'failed', 'failed');
		message(item, text);
	}

	function message(item, text) {
		const span = document.createElement('span');
		span.className = 'message';
		span.textContent = text;
		item.result.appendChild(span);
	}

	function size(bytes) {
		if (bytes < 1024) {
			return bytes + ' bytes';
		}
		return bytes < 1024 * 1024 ? Math.round(bytes / 1024) + ' KB' : (bytes / 1048576).toFixed(1) + ' MB';
	}
})();

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
		summary.textContent = count('created') + ' created, ' + count('duplicate') + ' already uploaded, '
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

// Framework-neutral timing probe for form-rendering bench pages.
//
// The page's renderer adapter calls:
//   probe.mark('entry' | 'data')  at the top of the entry module / once the schema JSON is parsed;
//   probe.mounted()               right after the commit that put the whole form in the DOM;
//   probe.committed()             right after every commit caused by user input.
// The harness reads window.__bench (see measure.mjs). Any renderer (React, Svelte, ...) can use
// this file unchanged, so that the same marks mean the same thing on every page.

const now = () => performance.now();

// Runs fn(frameTime, paintTime): frameTime in the next requestAnimationFrame callback (the frame
// that will show the change), paintTime in the first task after that frame (after style, layout
// and paint of that frame have run on the main thread).
function nextFrame(fn) {
	requestAnimationFrame(() => {
		const frame = now();
		const ch = new MessageChannel();
		ch.port1.onmessage = () => fn(frame, now());
		ch.port2.postMessage(0);
	});
}

const marks = {};
let resolveLoaded;
const loaded = new Promise((resolve) => (resolveLoaded = resolve));
let ks = null; // the keystroke being measured

function startOf() {
	const m = performance.getEntriesByName('bench:start')[0];
	return m ? m.startTime : 0;
}

function onInputStart() {
	if (ks && ks.t0 === undefined) ks.t0 = now();
}
// Capture phase on window: runs before any framework listener. beforeinput covers text that
// arrives without a keydown (IME commit, insertText).
addEventListener('keydown', onInputStart, true);
addEventListener('beforeinput', onInputStart, true);

export const probe = {
	mark(name) {
		marks[name] = now();
	},
	mounted() {
		if (marks.dom !== undefined) return;
		marks.dom = now();
		const form = document.querySelector('form');
		const controls = form ? form.querySelectorAll('input, select, textarea').length : 0;
		const nodes = document.getElementsByTagName('*').length;
		nextFrame((frame, paint) => {
			resolveLoaded({ start: startOf(), ...marks, frame, paint, controls, nodes });
		});
	},
	committed() {
		if (!ks || ks.t0 === undefined || ks.commit !== undefined) return;
		const k = ks;
		k.commit = now();
		nextFrame((frame, paint) => {
			clearTimeout(k.timer);
			k.resolve({ commit: k.commit - k.t0, frame: frame - k.t0, paint: paint - k.t0 });
		});
	}
};

window.__bench = {
	loaded,
	// Called by the harness before each keystroke; keystroke() then resolves with the timings of
	// the first commit after the key went down.
	arm(timeoutMs = 10000) {
		const k = {};
		k.done = new Promise((resolve, reject) => {
			k.resolve = resolve;
			k.timer = setTimeout(
				() => reject(new Error(`no commit within ${timeoutMs} ms of the keystroke`)),
				timeoutMs
			);
		});
		ks = k;
	},
	keystroke() {
		return ks.done;
	}
};

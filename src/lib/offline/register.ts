// The designer keeps working without a network (issue 14 item 8): its service worker is registered
// here, by the designer only and scoped to it, so the portal and review pages are never served from a
// device cache.
import { dev } from '$app/environment';

export function registerDesignerWorker(): void {
	if (dev || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register('/service-worker.js', { scope: '/designer' })
		// Without a worker the designer still works online; offline reloads are what is lost.
		.catch(() => {});
}

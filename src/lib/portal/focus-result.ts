// A check's result can arrive seconds after it was asked for (its code is fetched on demand, a
// one-thing's verdict comes from the server). Taking focus then would pull the reader away from
// wherever they went meanwhile, such as a field they chose from the error list. So the result
// takes focus only if focus is still where it was when the check was asked for, or nowhere;
// otherwise the caller leaves focus alone and announces the result in a live region.

/** The focused element as seen from `node`'s document or shadow root (a host page's if outside). */
const focusedFrom = (node: Node) =>
	(node.getRootNode() as Document | ShadowRoot).activeElement ?? document.activeElement;

/**
 * Call when the reader asks for the check, with an element of the form. The returned function,
 * called when the result is shown, focuses `target` if focus has not moved, and says whether it did.
 */
export function focusIfStill(
	near: Node | undefined
): (target: HTMLElement | null | undefined) => boolean {
	const before = near && focusedFrom(near);
	return (target) => {
		const now = near && focusedFrom(near);
		if (!target || (now && now !== before && now !== document.body)) return false;
		target.focus();
		return true;
	};
}

// The review of a one-thing loads in the browser through the typed client (the one-thing and the
// compile of its submitted draft against the members' current versions), beside the version
// published last from the server load; the decision panel's invalidateAll() loads it again.
import { api, problemText } from '$lib/api/client';
import type { PageLoad } from './$types';

export const ssr = false;

export const load: PageLoad = async ({ params, data }) => {
	const code = params.code;
	const [detail, me] = await Promise.all([api.getOneThing({ params: { code } }), api.me()]);
	if (!detail.ok)
		return {
			code,
			failure: { status: detail.status, why: problemText(detail.problem) },
			signedIn: me.ok,
			published: null
		};
	const d = detail.value;
	const [preview, drafts] = await Promise.all([
		api.previewOneThing({ params: { code }, body: {} }),
		d.pendingReview !== null
			? api.getCommentDrafts({ params: { id: d.pendingReview } })
			: Promise.resolve(null)
	]);
	return {
		code,
		failure: null,
		signedIn: true,
		me: me.ok ? me.value.user : undefined,
		detail: d,
		preview: preview.ok ? preview.value : null,
		published: data.published,
		drafts: drafts?.ok ? drafts.value.comments : []
	};
};

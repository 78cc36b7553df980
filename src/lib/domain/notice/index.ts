// The notices the window hands out with a decision, and their printable HTML.
export { noticeOf, applicantNameOf, type NoticeOptions } from './notice';
export { noticeHtml, noticeArticle, escapeHtml, NOTICE_CSS } from './html';
export { noticeMessages } from './messages';
export type { Notice, NoticeList } from './types';
export { oneThingNoticeOf } from './onething';

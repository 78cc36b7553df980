// Documents are kept as the authored JSON text (issue 12): jsonb reorders object keys, so the same
// template compiled from the file and from the database gave two bundles, and a published form listed
// its fields in another order than the editor wrote them. Rows stored before this migration keep the
// order jsonb gave them; every revision saved from now on keeps its author's.
export const name = '003_authored_text';

export const up = [`alter table revisions alter column document type text using document::text`];

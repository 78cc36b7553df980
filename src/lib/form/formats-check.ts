// checkFormat for the identifier input: apart from formats.ts because its warnings carry the credit
// code authorities' names, which only a form with such a field needs (the widget loads that input
// on demand).
export { checkFormat } from '$lib/domain/formats/check';

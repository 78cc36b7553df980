// Every format a form schema may use, as one object: what ajv's standalone code imports (by this
// module's path) so that a precompiled validator checks formats exactly as the runtime one does.
export { AJV_FORMATS as formats } from '$lib/domain/validation/formats';

// Every format a form schema may use, as one object: what ajv's standalone code imports so that a
// precompiled validator checks formats exactly as the runtime one does.
import { fullFormats } from 'ajv-formats/dist/formats';
import { cnAjvFormats } from '../formats';

export const formats = { ...fullFormats, ...cnAjvFormats() };

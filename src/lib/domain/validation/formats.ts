// Every format a schema of ours may use, as one object: ajv-formats' full set plus the five cn-*
// formats. Precompiled (standalone) validators receive exactly this object at run time, so they
// check formats as the compiling profiles do. Kept apart from ajv.ts: a page that only runs
// precompiled validators loads this and not Ajv's compiler.
import { fullFormats } from 'ajv-formats/dist/formats';
import { cnAjvFormats } from '../formats';

export const AJV_FORMATS = { ...fullFormats, ...cnAjvFormats() };

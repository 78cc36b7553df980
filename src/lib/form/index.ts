// The form renderer's public surface.
export { default as SchemaForm } from './SchemaForm.svelte';
export type { FormError, FormValidator } from './validator/types';
export { runtimeValidator } from './validator/runtime';
export { precompiledValidator, type StandaloneValidate } from './validator/precompiled';
export { formMessages, formTranslator, type FormT } from './messages';
export type { FileRef } from './types';

// The UI primitives, one folder each (button/, dialog/, …), read from the design tokens in
// tokens.css. Import from a folder ('$lib/components/ui/button') or from here.
export * from './admin-page';
export * from './alert';
export * from './badge';
export * from './button';
export * from './card';
export * from './dialog';
export * from './field';
export * from './filter-bar';
export * from './table';
export * from './visually-hidden';

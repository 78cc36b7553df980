// Languages and the one message-catalog shape, for the domain core and everything above it.
export * from './locale';
export * from './catalog';
export * from './ref';

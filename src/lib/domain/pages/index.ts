export * from './pages';
export * from './answers';
export * from './edit';

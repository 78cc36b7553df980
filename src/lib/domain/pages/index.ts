export * from './pages';
export * from './answers';

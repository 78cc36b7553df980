// The designer runs in the browser only: its state lives in IndexedDB and its editor in workers.
export const ssr = false;

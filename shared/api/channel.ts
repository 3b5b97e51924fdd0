/** The one IPC channel carrying the typed API in Electron. */
export const API_CHANNEL = 'banso:api';

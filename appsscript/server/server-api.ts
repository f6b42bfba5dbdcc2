import type * as api from './api';

/** The sidebar-callable surface, typed from the server module for the client bridge. */
export type ServerApi = { [K in keyof typeof api as K extends `api${string}` ? K : never]: (typeof api)[K] };

// Firefox's extension namespace in add-on pages: `browser.*`, promise-based, the same shape as `chrome.*` typings.
declare const browser: typeof chrome;

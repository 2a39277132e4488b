/** The package version, injected by Vite at build time (used in "how to cite"). */
declare const __APP_VERSION__: string;

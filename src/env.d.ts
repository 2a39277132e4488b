/** The package version, injected by Vite at build time (used in "how to cite"). */
declare const __APP_VERSION__: string;

/** The palette's CSS custom properties, made from src/model/palette.ts by vite.config.ts. */
declare module 'virtual:palette.css' {}

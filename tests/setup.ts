// jest-dom matchers for component tests; harmless in node-environment unit tests.
import '@testing-library/jest-dom/vitest';
import { loadAllMessages } from '../src/i18n/messages';

// The app loads a language's texts before switching to it; tests switch with `setLang` at will, so
// every dictionary is there from the start (the registry's own tests use registries of their own).
const failed = (await loadAllMessages()).filter((r) => !r.ok);
if (failed.length > 0) throw new Error(`test setup: dictionaries not loaded: ${failed.map((r) => r.lang).join(', ')}`);

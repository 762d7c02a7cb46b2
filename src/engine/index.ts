// The engine's door. Everything a client (CLI, browser, lessons, tests) needs comes from here.
export type * from './types.ts';
export { createSession, presetNames } from './session.ts';
export type { Session, SessionOptions, ApplyOutcome } from './session.ts';
export { clusterView } from './view.ts';
export { NP_PODS_DEPLOYMENT, NP_SVC } from './presets/examples.ts';
export { parseClusterDump, looksLikeClusterDump, DUMP_COMMAND } from './import/clusterDump.ts';
export type { ClusterDump, DumpParse } from './import/clusterDump.ts';
export { noteText, NOTES, type NoteKey, type NoteMessage } from './messages/notes.ts';
export {
  format,
  placeholders,
  LANGUAGES,
  type Catalog,
  type Language,
  type Message,
  type MessageParam,
} from './messages/format.ts';

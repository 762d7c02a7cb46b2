// Monaco, set up once: the editor core with its standard contributions (suggest, hover, markers),
// YAML highlighting, and monaco-yaml with the Kubernetes schema of the cluster's release.
//
// monaco-editor is pinned to 0.52.2: monaco-yaml 5.5.1 calls editor.createWebWorker({moduleId}),
// which 0.55 removed (its worker then answers "Missing requestHandler or method: doValidation" and
// no marker appears, monaco-yaml issue #272), and 0.56+ has an exports map its worker import
// cannot resolve. Loaded only through React.lazy (MonacoEditor.tsx): never on the first screen.
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import {
  configureMonacoYaml,
  type MonacoYaml,
  type MonacoYamlOptions,
  type JSONSchema,
} from 'monaco-yaml';
import YamlWorker from './yaml.worker.ts?worker';

export { monaco };

window.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

/** The schema files (generated from the engine by schema/build.ts), one chunk each. */
const SCHEMAS: Readonly<Record<number, () => Promise<{ default: unknown }>>> = {
  20: () => import('./schema/k8s-1.20.json'),
  28: () => import('./schema/k8s-1.28.json'),
  33: () => import('./schema/k8s-1.33.json'),
};

export const SCHEMA_MINORS: readonly number[] = Object.keys(SCHEMAS).map(Number);

/** The one model the lab edits; monaco-yaml applies the schema to it by name. */
export const MODEL_URI = 'file:///manifest.yaml';

let yaml: MonacoYaml | null = null;
let loadedMinor: number | null = null;

/** Points monaco-yaml at the schema of this release (loads its chunk on first use). */
export async function loadSchema(minor: number): Promise<void> {
  if (loadedMinor === minor) return;
  loadedMinor = minor;
  const load = SCHEMAS[minor];
  if (load === undefined) return;
  const schema = (await load()).default as JSONSchema;
  if (loadedMinor !== minor) return;
  const options: MonacoYamlOptions = {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    schemas: [
      { uri: `file:///schemas/kubernetes-1.${minor}.json`, fileMatch: [MODEL_URI], schema },
    ],
  };
  if (yaml === null) yaml = configureMonacoYaml(monaco, options);
  else yaml.update(options);
}

// The YAML language worker (yaml-language-server inside monaco-yaml), bundled as its own file.
import 'monaco-yaml/yaml.worker.js';

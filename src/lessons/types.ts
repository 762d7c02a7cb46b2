// The lesson format as plain data: what lessons/<id>/lesson.yaml holds once read and validated.
// Pure TypeScript, shared by the CLI's `lesson verify` and the browser's lesson player.

/** Text in both languages of the product. */
export interface Localized {
  readonly en: string;
  readonly ko: string;
}

/**
 * A text matcher written in a lesson: a plain string matches exactly, `/.../` (optionally with
 * flags, `/.../i`) is a regular expression searched in the value.
 */
export type TextMatch = string;

/** A number matcher: exact, or an inclusive range. */
export type NumberMatch = number | { readonly min?: number; readonly max?: number };

/**
 * What a command printed: the latest result of the step, or of the latest command that is `command`
 * or starts with it and more words.
 */
export interface OutputCheck {
  readonly command?: string;
  readonly stream?: 'stdout' | 'stderr';
  readonly equals?: string;
  readonly contains?: string;
  readonly notContains?: string;
  readonly matches?: TextMatch;
  readonly exitCode?: number;
}

/** The latest `lab trace` of the step (cli.md "lab trace JSON"). */
export interface TraceCheck {
  readonly command?: string;
  readonly verdict?: 'delivered' | 'refused' | 'timeout' | 'dns-error' | 'unreachable';
  /** The serving pod, "NS/NAME". */
  readonly servedBy?: TextMatch;
  /** The node of the serving pod. */
  readonly servedOn?: TextMatch;
  readonly clientSeenByPod?: TextMatch;
  /** How many nodes the request passed through. */
  readonly nodesCrossed?: NumberMatch;
  /** The first node the request entered. */
  readonly entryNode?: TextMatch;
  /** A rule of some request-direction hop matches. */
  readonly decidedBy?: TextMatch;
  /** These request-direction hop actions appear, in this order (others may come between). */
  readonly hops?: readonly string[];
  /** None of these request-direction hop actions appears. */
  readonly noHops?: readonly string[];
  readonly response?: TextMatch;
}

/** The latest `lab load` of the step (cli.md "lab load JSON"). */
export interface LoadCheck {
  readonly command?: string;
  readonly ok?: NumberMatch;
  readonly failed?: NumberMatch;
  /** How many distinct pods answered. */
  readonly pods?: NumberMatch;
  /** Every pod that answered matches. */
  readonly allFrom?: TextMatch;
}

/** A Service as the API server holds it. */
export interface SvcCheck {
  readonly name: string;
  readonly namespace?: string;
  /** false: the Service must not exist. */
  readonly exists?: boolean;
  readonly type?: string;
  /** The first load-balancer ingress address, or `<pending>` for none. */
  readonly externalIP?: TextMatch;
  /** Every nodePort of the Service matches. */
  readonly nodePort?: NumberMatch;
}

/** Ready addresses in a Service's Endpoints. */
export interface EndpointsCheck {
  readonly service: string;
  readonly namespace?: string;
  readonly ready?: NumberMatch;
  readonly notReady?: NumberMatch;
}

/** Running, Ready, not terminating pods matching a label selector (`app=np-pods`). */
export interface PodsReadyCheck {
  readonly selector: string;
  readonly namespace?: string;
  readonly count: NumberMatch;
}

/** A Deployment's wanted and ready replicas. */
export interface DeploymentCheck {
  readonly name: string;
  readonly namespace?: string;
  /** false: the Deployment must not exist. */
  readonly exists?: boolean;
  readonly replicas?: NumberMatch;
  readonly readyReplicas?: NumberMatch;
}

/** One check: exactly one of these keys. */
export type Check =
  | { readonly output: OutputCheck }
  | { readonly trace: TraceCheck }
  | { readonly load: LoadCheck }
  | { readonly svc: SvcCheck }
  | { readonly endpoints: EndpointsCheck }
  | { readonly podsReady: PodsReadyCheck }
  | { readonly deployment: DeploymentCheck };

export type CheckKind =
  'output' | 'trace' | 'load' | 'svc' | 'endpoints' | 'podsReady' | 'deployment';

/** What the topology should light up during a step (names as kubectl shows them). */
export interface Highlight {
  readonly nodes: readonly string[];
  /** Pod name prefixes, optionally "NS/prefix". */
  readonly pods: readonly string[];
  /** Service names, optionally "NS/name". */
  readonly services: readonly string[];
  /** iptables chain names or rule fragments as iptables-save prints them. */
  readonly rules: readonly string[];
}

export interface Step {
  readonly id: string;
  readonly title: Localized;
  readonly text: Localized;
  /** Lab-shell lines, one command each, run in order. */
  readonly run: readonly string[];
  readonly highlight: Highlight;
  /** All must pass for the step to count as shown. */
  readonly check: readonly Check[];
  /** 1-based line of the step in lesson.yaml, for reports. */
  readonly line: number;
}

export interface Lesson {
  readonly id: string;
  readonly title: Localized;
  /** The study note (a file of seeds/) and the chapter heading of it this lesson follows. */
  readonly note: { readonly file: string; readonly chapter: string };
  readonly preset: string;
  readonly seed: number;
  /** Commands run before the first step (state earlier lessons left), each must exit 0. */
  readonly setup: readonly string[];
  readonly steps: readonly Step[];
  /** The lesson folder's other files (manifests), by name. */
  readonly files: Readonly<Record<string, string>>;
}

/** A problem in a lesson file, tied to its line. */
export interface LessonError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

// The left pane's layout: its width, how the editor and the terminal share its height, and which
// of them (or the whole pane) is folded away. Kept in the browser so a reload keeps the layout.
import { create } from 'zustand';

export type Folded = 'none' | 'editor' | 'terminal';

export interface Layout {
  /** The pane's width in px; null = the stylesheet's default for the window. */
  readonly width: number | null;
  /** The editor's share of the height when both are open (0.15 to 0.85). */
  readonly split: number;
  readonly folded: Folded;
  /** The whole pane folded to a strip. */
  readonly hidden: boolean;
}

const KEY = 'k8s-lab.workspace.layout';
const DEFAULT: Layout = { width: null, split: 0.55, folded: 'none', hidden: false };

export const MIN_WIDTH = 260;

export function clampSplit(split: number): number {
  return Math.min(0.85, Math.max(0.15, split));
}

/** The width a drag asks for, kept between MIN_WIDTH and half the window. */
export function clampWidth(width: number, windowWidth: number): number {
  return Math.round(Math.min(Math.max(width, MIN_WIDTH), Math.max(MIN_WIDTH, windowWidth * 0.5)));
}

function load(): Layout {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Layout> | null;
    if (saved === null || typeof saved !== 'object') return DEFAULT;
    return {
      width: typeof saved.width === 'number' ? saved.width : null,
      split: typeof saved.split === 'number' ? clampSplit(saved.split) : DEFAULT.split,
      folded:
        saved.folded === 'editor' || saved.folded === 'terminal' ? saved.folded : DEFAULT.folded,
      hidden: saved.hidden === true,
    };
  } catch {
    return DEFAULT;
  }
}

interface LayoutStore extends Layout {
  change(next: Partial<Layout>): void;
}

export const useWorkspaceLayout = create<LayoutStore>()((set, get) => ({
  ...load(),
  change(next) {
    set(next);
    const { width, split, folded, hidden } = get();
    try {
      window.localStorage.setItem(KEY, JSON.stringify({ width, split, folded, hidden }));
    } catch {
      // Storage disabled: the layout lasts for this page.
    }
  },
}));

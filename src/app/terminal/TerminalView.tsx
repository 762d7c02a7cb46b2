// The terminal (xterm.js) running the lab shell. Loaded lazily (TerminalPane), so the first
// screen's script does not carry xterm.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { completeInLab, runInTerminal, setTerminalEcho } from './labHost.ts';
import { useLabStore } from '../store/labStore.ts';
import { LabShell } from './shell.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export default function TerminalView() {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (element === null) return;
    const term = new Terminal({
      convertEol: true,
      cursorBlink: true,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 12.5,
      lineHeight: 1.2,
      scrollback: 5000,
      theme: {
        background: '#0f1720',
        foreground: '#d8e1ea',
        cursor: '#d8e1ea',
        red: '#ff7b72',
        selectionBackground: '#2f4a66',
      },
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element);
    const refit = () => {
      // Hidden (collapsed) panes have no size; fit when there is one.
      if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
    };
    refit();
    const shell = new LabShell({
      run: runInTerminal,
      complete: completeInLab,
      read: async (line) => {
        const answer = await useLabStore.getState().read(line);
        return answer !== null && answer.ok ? answer.value : null;
      },
      // The store's view changes when the cluster does (it is rebuilt every simulated second).
      watch: (changed) =>
        useLabStore.subscribe((state, before) => {
          if (state.view !== before.view) changed();
        }),
      write: (text) => term.write(text),
      // Home, erase the screen and the scrollback (ED 3), as `clear` does in xterm.
      clear: () => term.write('\x1b[H\x1b[2J\x1b[3J'),
      cols: () => term.cols,
      storage: storage(),
    });
    shell.start();
    setTerminalEcho((result) => shell.showElsewhere(result));
    // Tab completes, so the terminal would keep a keyboard user in (WCAG 2.1.2): Escape then Tab
    // moves on to the next control, and Shift+Tab goes back, as the browser does elsewhere.
    let escaped = false;
    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== 'keydown') return true;
      if (event.key === 'Tab' && (escaped || event.shiftKey)) {
        escaped = false;
        return false;
      }
      escaped = event.key === 'Escape';
      return true;
    });
    const typed = term.onData((data) => shell.input(data));
    const observer = new ResizeObserver(refit);
    observer.observe(element);
    return () => {
      setTerminalEcho(null);
      observer.disconnect();
      typed.dispose();
      term.dispose();
    };
  }, []);

  return <div ref={host} className="terminal-host" data-testid="terminal" />;
}

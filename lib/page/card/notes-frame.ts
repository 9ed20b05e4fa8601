import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { NotesFrameEventSchema, type NotesFrameCommand, type NotesFrameEvent } from '@/lib/messaging';

const NOTES_PAGE = '/card-notes.html';

/**
 * The card's notes, in an extension page framed inside the card (entrypoints/card-notes).
 * Inside the closed shadow root the page could not read a note, but it heard every key typed
 * into one: key and input events cross a shadow root's edge (composed), and a page's
 * capture-phase listeners on window see them first. Keys typed in a frame of another origin
 * reach that frame's document alone. The frame lives as long as the card host, so a warm card
 * only tells it which entity to show.
 */
export class NotesFrame {
  readonly element = document.createElement('iframe');
  private port: MessagePort | undefined;
  private pendingShow: NotesFrameCommand | undefined;

  constructor(private readonly onEvent: (event: NotesFrameEvent) => void) {
    // In Chrome the URL carries the session's dynamic id (use_dynamic_url in wxt.config.ts).
    const url = browser.runtime.getURL(NOTES_PAGE);
    this.element.className = 'notes-frame';
    this.element.title = 'Your notes';
    this.element.addEventListener('load', () => this.connect(documentOrigin(url)), { once: true });
    this.element.src = url;
  }

  show(entityId: string, trapped: boolean): void {
    this.send({ type: 'show', entityId, trapped });
  }

  /** Tab (or Shift+Tab) moved into the frame: its first (or last) control takes focus. */
  focus(edge: 'first' | 'last'): void {
    this.send({ type: 'focus', edge });
  }

  /**
   * The port goes to the frame in a message posted to the frame's window alone, which the
   * page's listeners never see; from then on both ends talk over the port.
   */
  private connect(origin: string): void {
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (message) => {
      const parsed = v.safeParse(NotesFrameEventSchema, message.data);
      if (parsed.success) this.onEvent(parsed.output);
    };
    this.element.contentWindow?.postMessage({ backstory: 'notes-port' }, origin, [channel.port2]);
    if (this.pendingShow) this.port.postMessage(this.pendingShow);
    this.pendingShow = undefined;
  }

  private send(command: NotesFrameCommand): void {
    if (this.port) this.port.postMessage(command);
    else if (command.type === 'show') this.pendingShow = command;
  }
}

/**
 * The origin of the frame's document. With use_dynamic_url Chrome loads the page from the
 * session's address (chrome-extension://<dynamic id>/), but the document it makes has the
 * extension's own origin, and a message for the other one is dropped (seen in Chromium 156).
 */
function documentOrigin(url: string): string {
  const { protocol, origin } = new URL(url);
  return protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : origin;
}

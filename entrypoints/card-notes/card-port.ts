import * as v from 'valibot';
import { NotesFrameCommandSchema, type NotesFrameCommand, type NotesFrameEvent } from '@/lib/messaging';

/** The frame's end of its private channel with the card that framed it. */
export interface CardPort {
  /** Calls `listener` with every valid command; the latest `show` first, if one came before. */
  onCommand(listener: (command: NotesFrameCommand) => void): void;
  send(event: NotesFrameEvent): void;
}

/**
 * The card hands the frame a MessagePort in the first message it posts to it; later ports are
 * refused, so a page that posts one of its own to this frame afterwards is not listened to.
 * Everything on the port is validated, as every input that crosses a boundary.
 */
export function connectToCard(): CardPort {
  let port: MessagePort | undefined;
  let listener: ((command: NotesFrameCommand) => void) | undefined;
  let lastShow: NotesFrameCommand | undefined;
  const receive = (data: unknown) => {
    const parsed = v.safeParse(NotesFrameCommandSchema, data);
    if (!parsed.success) return;
    if (parsed.output.type === 'show') lastShow = parsed.output;
    listener?.(parsed.output);
  };
  window.addEventListener('message', (event) => {
    if (port || event.source !== window.parent || !event.ports[0]) return;
    port = event.ports[0];
    port.onmessage = (message) => receive(message.data);
  });
  return {
    onCommand(next) {
      listener = next;
      if (lastShow) next(lastShow);
    },
    send(event) {
      port?.postMessage(event);
    },
  };
}

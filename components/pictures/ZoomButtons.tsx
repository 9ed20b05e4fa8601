export interface ZoomAction {
  label: string;
  /** Accessible name, where the label is a symbol. */
  name: string;
  onClick: () => void;
}

/** The picture's zoom controls; buttons, so they work from the keyboard as well. */
export function ZoomButtons({ actions, subject }: { actions: readonly ZoomAction[]; subject: string }) {
  return (
    <div class="zoom" role="group" aria-label={`Zoom ${subject}`}>
      {actions.map((a) => (
        <button key={a.name} type="button" aria-label={a.name} title={a.name} onClick={a.onClick}>
          {a.label}
        </button>
      ))}
    </div>
  );
}

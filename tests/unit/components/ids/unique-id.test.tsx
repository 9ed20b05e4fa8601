import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SelectField, TextField } from '@/components/editor/Field';
import { uniqueId } from '@/components/ids/unique-id';

const noop = () => undefined;
const idsIn = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);

function EntityForm() {
  return (
    <form>
      <TextField label="Name" value="" onInput={noop} />
      <SelectField label="Kind" value="state" options={[{ value: 'state', label: 'State' }]} onChange={noop} />
      <TextField label="Summary" value="" onInput={noop} multiline />
    </form>
  );
}

describe('ids that tie a label to its control', () => {
  it('never repeat, whatever the prefix', () => {
    const ids = Array.from({ length: 1000 }, () => uniqueId('field'));
    expect(new Set(ids).size).toBe(1000);
  });

  it('differ between two forms rendered in two render roots (the sidebar and the detail)', () => {
    const first = idsIn(renderToString(<EntityForm />));
    const second = idsIn(renderToString(<EntityForm />));
    expect(first).toHaveLength(3);
    expect(new Set([...first, ...second]).size).toBe(6);
  });

  it('point each label at its own control', () => {
    const html = renderToString(<EntityForm />);
    for (const [, id, label] of html.matchAll(/<label for="([^"]+)">([^<]+)<\/label>/g)) {
      expect(html, `${label}`).toMatch(new RegExp(`<(input|select|textarea)[^>]* id="${id}"`));
    }
  });
});

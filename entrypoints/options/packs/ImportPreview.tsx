import { useUniqueId } from '@/components/ids/unique-id';
import type { ImportReport } from '@/lib/backup';
import { importSentence, TABLE_LABELS, tableRows } from './import-file';

function PreviewTable({ report }: { report: ImportReport }) {
  const rows = tableRows(report);
  if (rows.length === 0) return null;
  return (
    <table class="counts">
      <caption class="visually-hidden">What the import does, per kind of record</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">Added</th>
          <th scope="col">Updated</th>
          <th scope="col">Removed</th>
          <th scope="col">Left alone</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ table, counts }) => (
          <tr key={table}>
            <th scope="row">{TABLE_LABELS[table] ?? table}</th>
            <td>{counts.added}</td>
            <td>{counts.updated}</td>
            <td>{counts.removed}</td>
            <td>{counts.keptReaderEdits}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ImportPreviewProps {
  /** The file's name, or the address a pack comes from. */
  source: string;
  report: ImportReport;
  importLabel?: string;
  onImport: () => void;
  onCancel: () => void;
}

/** What an import would do, before anything is written: a file's and a followed address's alike. */
export function ImportPreview({ source, report, importLabel = 'Import', onImport, onCancel }: ImportPreviewProps) {
  const headingId = useUniqueId('import-preview-heading');
  return (
    <div class="import-step" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>Before anything is written: “{source}”</h4>
      <p class="preview-sentence">{importSentence(report, 'preview')}</p>
      <PreviewTable report={report} />
      <div class="item-actions">
        <button type="button" class="primary" onClick={onImport}>
          {importLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * Where things live on the remote, under the folder the reader chose. Only `<device>` ever
 * writes under devices/<device>/ and snapshots/*-<device>.snap, so no path has two writers.
 */
export const ROOT = 'backstory-sync';
export const FORMAT_PATH = `${ROOT}/format.json`;
export const DEVICES_DIR = `${ROOT}/devices`;
export const SNAPSHOTS_DIR = `${ROOT}/snapshots`;

const SEQ_DIGITS = 9;
const CHUNK_NAME = /^(\d{9})\.chg$/;
const SNAPSHOT_NAME = /^(\d{12})-([a-z0-9]{1,32})\.snap$/;

export function deviceDir(device: string): string {
  return `${DEVICES_DIR}/${device}`;
}

export function chunkPath(device: string, seq: number): string {
  return `${deviceDir(device)}/${String(seq).padStart(SEQ_DIGITS, '0')}.chg`;
}

/** The chunk number a file name holds, or undefined for anything else in the folder. */
export function chunkSeq(name: string): number | undefined {
  const match = CHUNK_NAME.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Snapshots are named by how many chunks they cover in all, so the newest sorts last, and
 * by their writer, so two devices compacting at once never write the same path.
 */
export function snapshotPath(covered: number, device: string): string {
  return `${SNAPSHOTS_DIR}/${String(covered).padStart(12, '0')}-${device}.snap`;
}

export function snapshotInfo(name: string): { covered: number; device: string } | undefined {
  const match = SNAPSHOT_NAME.exec(name);
  return match ? { covered: Number(match[1]), device: match[2]! } : undefined;
}

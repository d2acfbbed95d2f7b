/**
 * Builds the `name` table of a merged face.
 *
 * Why: the bundled 600 subsets call their family "Be Vietnam Pro SemiBold" with
 * style "Regular", so a renderer asked for family "Be Vietnam Pro" at weight 600
 * finds only the 400 face. The merged face names itself under the shared family
 * and leaves the weight to OS/2 usWeightClass.
 */

export interface FaceNames {
  /** Family shared by every weight, e.g. "Be Vietnam Pro". */
  family: string;
  /** Style within the family, e.g. "Regular" or "SemiBold". */
  style: string;
  /** OS/2 usWeightClass, e.g. 400 or 600. */
  weight: number;
}

/** Strings copied from the source face: copyright, unique ID, version, licence, licence URL. */
const KEPT_IDS = [0, 3, 5, 13, 14];

const WINDOWS = { platform: 3, encoding: 1, language: 0x0409 };

/**
 * A format 0 name table with Windows Unicode (3/1/0x409) records only:
 *  1 family, 2 "Regular", 4 full name, 6 PostScript name, and for a style other
 *  than Regular also 16/17 (typographic family and style), so that ID 1 stays
 *  the shared family while style-linking stays "Regular". IDs 0, 3, 5, 13 and 14
 *  (the OFL copyright and licence notices among them) are kept from `source`.
 */
export function buildNameTable(names: FaceNames, source: Buffer | undefined): Buffer {
  const regular = names.style === "Regular";
  const postScript = `${names.family}-${names.style}`.replace(/[^\x21-\x7e]|[[\](){}<>/%]/g, "").slice(0, 63);
  const strings = new Map<number, string>([
    [1, names.family],
    [2, "Regular"],
    [4, regular ? names.family : `${names.family} ${names.style}`],
    [6, postScript],
  ]);
  if (!regular) {
    strings.set(16, names.family);
    strings.set(17, names.style);
  }
  if (source) {
    const kept = readWindowsNames(source);
    for (const id of KEPT_IDS) {
      const value = kept.get(id);
      if (value !== undefined) strings.set(id, value);
    }
  }

  const ids = [...strings.keys()].sort((a, b) => a - b);
  const data = ids.map((id) => Buffer.from(strings.get(id)!, "utf16le").swap16());
  const header = Buffer.alloc(6 + ids.length * 12);
  header.writeUInt16BE(0, 0); // format 0
  header.writeUInt16BE(ids.length, 2);
  header.writeUInt16BE(header.length, 4); // string storage offset
  let at = 0;
  ids.forEach((id, i) => {
    const r = 6 + i * 12;
    [WINDOWS.platform, WINDOWS.encoding, WINDOWS.language, id, data[i]!.length, at].forEach((v, k) =>
      header.writeUInt16BE(v, r + k * 2),
    );
    at += data[i]!.length;
  });
  if (header.length + at > 0xffff) throw new Error("name table too large");
  return Buffer.concat([header, ...data]);
}

/** Name ID → string, from the Windows Unicode US English records of a name table. */
export function readWindowsNames(name: Buffer): Map<number, string> {
  const out = new Map<number, string>();
  const storage = name.readUInt16BE(4);
  for (let i = 0; i < name.readUInt16BE(2); i++) {
    const r = 6 + i * 12;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((k) => name.readUInt16BE(r + k)) as [
      number, number, number, number, number, number,
    ];
    if (platform !== WINDOWS.platform || encoding !== WINDOWS.encoding || language !== WINDOWS.language) continue;
    const raw = Buffer.from(name.subarray(storage + offset, storage + offset + (length & ~1)));
    out.set(id, raw.swap16().toString("utf16le"));
  }
  return out;
}

// A DOCX that lies in its zip headers: word/document.xml declares a few kilobytes (in the local header and the
// central directory alike) and really inflates to `inflatedMb` megabytes. Its declared sizes pass any check of
// the directory; only counting the bytes a decompressor produces catches it. Built without ever holding the
// inflated text: the deflate stream is one compressed megabyte of "A" repeated (each a full-flush block,
// independent of the others), between a compressed XML head and tail.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const TAIL = '</w:t></w:r></w:p></w:body></w:document>';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/** The declared size of the lying entry. */
export const DECLARED_BYTES = 4096;

export function lyingDocx(inflatedMb: number): Buffer {
  const megabyte = Buffer.alloc(1024 * 1024, 'A');
  const fullFlush = { finishFlush: constants.Z_FULL_FLUSH };
  const block = deflateRawSync(megabyte, fullFlush);
  const parts = [deflateRawSync(Buffer.from(HEAD), fullFlush)];
  let crc = crc32(HEAD);
  for (let i = 0; i < inflatedMb; i++) {
    parts.push(block);
    crc = crc32(megabyte, crc);
  }
  parts.push(deflateRawSync(Buffer.from(TAIL)));
  crc = crc32(TAIL, crc);
  const files = [
    honest('[Content_Types].xml', CONTENT_TYPES),
    honest('_rels/.rels', RELATIONSHIPS),
    { name: 'word/document.xml', data: Buffer.concat(parts), crc, declared: DECLARED_BYTES },
  ];
  return writeZip(files);
}

interface ZipFile { name: string; data: Buffer; crc: number; declared: number }

function honest(name: string, text: string): ZipFile {
  return { name, data: deflateRawSync(Buffer.from(text)), crc: crc32(text), declared: Buffer.byteLength(text) };
}

/** Local headers, data and a central directory, every entry deflated, sizes as given. */
function writeZip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(file.crc >>> 0, 14);
    local.writeUInt32LE(file.data.length, 18);
    local.writeUInt32LE(file.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(file.crc >>> 0, 16);
    central.writeUInt32LE(file.data.length, 20);
    central.writeUInt32LE(file.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, file.data);
    directory.push(central, name);
    offset += 30 + name.length + file.data.length;
  }
  const size = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

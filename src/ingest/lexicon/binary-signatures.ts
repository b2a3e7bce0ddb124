// The first bytes of file formats that are not articles: a PDF or a Word file handed to dyad gets a clear refusal
// before any decoding. Each example is a byte string (latin1) that starts with the signature.

export interface BinarySignatureEntry {
  id: string;
  /** What the user handed in, for the message ("a PDF document"). */
  what: string;
  /** Bytes at offset 0. */
  bytes: readonly number[];
  example: string;
}

export const BINARY_SIGNATURES = [
  { id: 'pdf-signature', what: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], example: '%PDF-1.7\n%\xe2\xe3' },
  { id: 'zip-signature', what: 'a ZIP archive (or .docx, .epub)', bytes: [0x50, 0x4b, 0x03, 0x04], example: 'PK\x03\x04\x14\x00' },
  { id: 'ole2-signature', what: 'an old Office document (.doc, .xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], example: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00' },
  { id: 'gzip-signature', what: 'a gzip archive', bytes: [0x1f, 0x8b], example: '\x1f\x8b\x08\x00' },
  { id: 'png-signature', what: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47], example: '\x89PNG\r\n\x1a\n' },
  { id: 'jpeg-signature', what: 'a JPEG image', bytes: [0xff, 0xd8, 0xff], example: '\xff\xd8\xff\xe0\x00\x10JFIF' },
  { id: 'gif-signature', what: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38], example: 'GIF89a\x01\x00' },
  { id: 'elf-signature', what: 'a program (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46], example: '\x7fELF\x02\x01' },
  { id: 'sqlite-signature', what: 'an SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], example: 'SQLite format 3\x00' },
  { id: 'seven-zip-signature', what: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], example: '7z\xbc\xaf\x27\x1c\x00\x04' },
] as const satisfies readonly BinarySignatureEntry[];

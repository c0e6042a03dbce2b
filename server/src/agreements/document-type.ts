// A document's type is read from its first bytes, never from its name or
// the type the uploader claims: a renamed executable is not a PDF.
import type { AgreementDocumentType } from '../db/schema.js';

const signatures: { type: AgreementDocumentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  {
    type: 'image/png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(
  content: Uint8Array,
): AgreementDocumentType | null {
  const found = signatures.find(({ bytes }) =>
    bytes.every((byte, index) => content[index] === byte),
  );

  return found?.type ?? null;
}

/** The file extension a download is offered under. */
export function extensionOf(type: AgreementDocumentType): string {
  switch (type) {
    case 'application/pdf':
      return 'pdf';
    case 'image/png':
      return 'png';
    case 'image/jpeg':
      return 'jpg';
  }
}

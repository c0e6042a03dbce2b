// pdfkit also takes a font that fontkit already parsed (PDFFontFactory.open
// accepts any object with `layout`); its typings only list files and bytes.
// Handing it the parsed font spares every statement a parse of the ~20 MB
// CJK collection.
import type { Font } from 'fontkit';

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font): this;
    }
  }
}

/**
 * The PDF library, imported in one place. @cantoo/pdf-lib is the maintained fork of pdf-lib with the same API;
 * README.md ("Why @cantoo/pdf-lib") records how the two compared on this project's leaflet.
 */
export {
  PDFDocument,
  PDFFont,
  PDFPage,
  PDFName,
  PDFDict,
  PDFArray,
  PDFHexString,
  PDFString,
  PDFNumber,
  PDFRef,
  PDFOperator,
  PDFOperatorNames,
  PDFWidgetAnnotation,
  AnnotationFlags,
  PDFRawStream,
  PDFHeader,
  decodePDFRawStream,
  LineCapStyle,
  degrees,
  Duplex,
  PrintScaling,
  rgb,
  cmyk,
  grayscale,
  pushGraphicsState,
  popGraphicsState,
  rectangle,
  clip,
  endPath,
  type Color,
  type RGB,
} from '@cantoo/pdf-lib';
export { default as fontkit } from '@cantoo/fontkit';

export {
  DIAGNOSTIC_FILE_FORMAT,
  DIAGNOSTIC_FILE_VERSION,
  exportDiagnostic,
  type ExportMeta,
} from './export.js';
export {
  parseDiagnosticFile,
  parseDiagnosticObject,
  type ImportOptions,
} from './diagnostic-file.js';
export { ImportError, type ImportErrorReason } from './errors.js';
export {
  DuplicateShareCodeError,
  MAX_CODES_INPUT_CHARS,
  parseShareCodesInput,
  splitShareCodes,
  type ExistingRespondent,
  type ShareCodeInputResult,
} from './share-codes-input.js';
export { MAX_IMPORT_BYTES, checkImportSize } from './size.js';

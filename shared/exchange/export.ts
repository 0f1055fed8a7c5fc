/**
 * Writing the analysis file (format.ts): the records as they go out, with the key figures at the
 * top. Apart from format.ts, which the first screen loads, because the key figures bring the
 * new roles', the people's and the estimate's code: this is loaded when a file is written.
 */
import { DEFAULT_SETTINGS } from '../model.ts';
import { keyFigureSummary } from '../keyFigures.ts';
import { FILE_KIND_NAMES, KINDS } from '../records/registry.ts';
import { FILE_FORMAT, FILE_VERSION, type AkrFile, type AnalysisRecord, type ExportOptions } from './format.ts';

/** The file for these analyses. */
export function buildExport(records: readonly AnalysisRecord[], options: ExportOptions): AkrFile {
  const personal = FILE_KIND_NAMES.filter((k) => KINDS[k].perPerson);
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: options.exportedAt,
    app: { name: 'AKR Studio', version: options.appVersion },
    machine: options.machine,
    // From the whole record: the per-person records left out below are summarised here.
    // Examples are made-up units: never counted across units.
    keyFigures: records
      .filter((r) => r.analysis.example !== true)
      .map((r) => keyFigureSummary(r, options.threshold ?? DEFAULT_SETTINGS.privacyThreshold, {}, options.exportedAt.slice(0, 10))),
    analyses: records.map((r) => ({
      ...r,
      ...(options.includePersonal ? {} : Object.fromEntries(personal.map((k) => [k, []]))),
      exchanges: r.exchanges.filter((e) => e.machine !== options.machine),
    })),
  };
}

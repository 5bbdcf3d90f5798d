// State of the import screen: the file read, the column mapping, the validation of every row
// (file rules and the customer form's own schema), duplicates already registered, and the
// all-or-nothing import.
import { useEffect, useMemo, useState } from 'react';
import { autoMap, type ColumnMapping } from '@shared/import/fields';
import { recordsWithoutProblems, validateImport, type ImportRecord, type Rejection, type ValidationResult } from '@shared/import/validate';
import { useDb } from '../../app/database';
import { findDuplicates, importCustomers, schemaRejections, type DuplicateMode, type ImportDuplicate, type ImportOutcome } from '../../db/import-customers';
import { ImportFileError, readImportFile, type ImportFile } from './read-file';

export interface Checked extends ValidationResult {
  /** File rules and schema, line order. */
  problems: Rejection[];
  /** The customers none of whose rows has a problem (all of them when there is none). */
  correct: ImportRecord[];
}

export function useImportFlow(today: string) {
  const db = useDb();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [mode, setMode] = useState<DuplicateMode>('merge');
  const [duplicates, setDuplicates] = useState<ImportDuplicate[]>([]);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [importError, setImportError] = useState<string | null>(null);

  const sheet = file?.sheets[sheetIndex] ?? null;

  const choose = async (picked: File | null): Promise<void> => {
    setFile(null);
    setOutcome(null);
    setImportError(null);
    setFileError(null);
    if (!picked) return;
    setReading(true);
    try {
      const f = await readImportFile(picked.name, new Uint8Array(await picked.arrayBuffer()));
      setFile(f);
      setSheetIndex(0);
      setMapping(autoMap(f.sheets[0]?.header ?? []));
    } catch (e) {
      setFileError(e instanceof ImportFileError ? e.message : 'Não foi possível ler o arquivo.');
    } finally {
      setReading(false);
    }
  };

  const pickSheet = (i: number): void => {
    setSheetIndex(i);
    setMapping(autoMap(file?.sheets[i]?.header ?? []));
  };

  const checked = useMemo<Checked | null>(() => {
    if (!sheet) return null;
    const v = validateImport(sheet.rows, sheet.lines, mapping, today);
    const problems = [...v.rejected, ...schemaRejections(v.records)].sort((a, b) => a.line - b.line);
    return { ...v, problems, correct: recordsWithoutProblems(v, problems) };
  }, [sheet, mapping, today]);
  // With problems, the correct rows are imported only when the shopkeeper asks for it.
  const [correctOnly, setCorrectOnly] = useState(false);
  useEffect(() => setCorrectOnly(false), [checked]);
  /** What the import button writes. */
  const toImport = !checked ? [] : checked.problems.length === 0 ? checked.records : correctOnly ? checked.correct : [];

  useEffect(() => {
    let live = true;
    if (!checked || checked.correct.length === 0) {
      setDuplicates([]);
      return;
    }
    findDuplicates(db, checked.correct).then(
      (d) => live && setDuplicates(d),
      () => live && setDuplicates([]),
    );
    return () => {
      live = false;
    };
  }, [db, checked]);

  const canImport = toImport.length > 0 && !importing && !outcome;

  const run = async (): Promise<void> => {
    if (!checked || !canImport) return;
    setImporting(true);
    setImportError(null);
    try {
      setOutcome(await importCustomers(db, toImport, mode, today));
    } catch (e) {
      setImportError(`Nada foi importado. ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setImporting(false);
    }
  };

  return { file, fileError, reading, sheet, sheetIndex, pickSheet, choose, mapping, setMapping, checked, correctOnly, setCorrectOnly, toImport, duplicates, mode, setMode, canImport, run, importing, outcome, importError };
}

import { theoryRecordPanels } from '../modules/theory';
import type { RecordPanel } from './record-panel';

/** Every module's panels on activity records, in the order the record drawer shows them. */
export const RECORD_PANELS: readonly RecordPanel[] = [...theoryRecordPanels];

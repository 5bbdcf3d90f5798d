// The database class. The schema versions live in migrations.ts (only forward, each with a
// fixture test in migrations.test.ts).
import { Dexie, type Table } from 'dexie';
import type {
  AgreementRow,
  AuditRow,
  CollectionRow,
  ContactRow,
  CounterRow,
  CustomerRow,
  DocumentRow,
  InstallmentRow,
  MetaRow,
  PaymentRow,
  SaleRow,
  SettingRow,
  SummaryRow,
  TableName,
} from './types';
import { loadDevice, type DeviceInfo } from './device';
import { declareVersions, SCHEMA_V1, VERSIONS } from './migrations';
import { SCHEMA_VERSION } from './schema-version';

export { SCHEMA_V1 } from './migrations';

export { SCHEMA_VERSION } from './schema-version';

if (VERSIONS[VERSIONS.length - 1]?.version !== SCHEMA_VERSION) throw new Error('SCHEMA_VERSION (schema-version.ts) differs from the newest migration');

export const TABLE_NAMES = Object.keys(SCHEMA_V1) as TableName[];

export class CadernetaDB extends Dexie {
  declare customers: Table<CustomerRow, string>;
  declare sales: Table<SaleRow, string>;
  declare installments: Table<InstallmentRow, string>;
  declare payments: Table<PaymentRow, string>;
  declare contacts: Table<ContactRow, string>;
  declare collection: Table<CollectionRow, string>;
  declare agreements: Table<AgreementRow, string>;
  declare documents: Table<DocumentRow, string>;
  declare settings: Table<SettingRow, string>;
  declare audit: Table<AuditRow, string>;
  declare summaries: Table<SummaryRow, string>;
  declare counters: Table<CounterRow, string>;
  declare meta: Table<MetaRow, string>;

  private deviceInfo: DeviceInfo | null = null;

  constructor(name: string) {
    // Financial data: every commit is flushed to disk before it is reported done.
    // No live-query cache: with it, every result a screen reads live is deep-cloned (a third
    // of the board's opening on a large shop); live queries still re-run on each commit.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled' });
    declareVersions(this);
    this.on(
      'ready',
      async (vip) => {
        this.deviceInfo = await loadDevice(vip as CadernetaDB);
      },
      true,
    );
  }

  /** This installation's id and number prefix; available once the database is open. */
  get device(): DeviceInfo {
    if (!this.deviceInfo) throw new Error('Banco de dados ainda não foi aberto.');
    return this.deviceInfo;
  }

  /** Used by setDevicePrefix after writing meta. */
  setDeviceInfo(info: DeviceInfo): void {
    this.deviceInfo = info;
  }
}

/** Opens (creating on first use) the shop's database. Tests pass a unique name. */
export async function openDb(name = 'caderneta'): Promise<CadernetaDB> {
  const db = new CadernetaDB(name);
  await db.open();
  return db;
}

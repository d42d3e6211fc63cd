import { sqliteHarness } from './sqlite-harness.ts';
import { defineStoreContract } from './store-contract.ts';

defineStoreContract(sqliteHarness);

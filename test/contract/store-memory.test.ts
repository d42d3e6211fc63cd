import { memoryHarness } from './memory-harness.ts';
import { defineStoreContract } from './store-contract.ts';

defineStoreContract(memoryHarness);

/**
 * The contract suite against the in-memory port (core/memory-port.ts), the reference every host's
 * port is held to.
 */
import { memoryPort, memoryWorkbook, type MemorySheet, type WriteStep } from '../../core/index';
import { testWorkbookPort, textGrid, type PortFixture } from './contract';

function fixture(sheets: MemorySheet[]): PortFixture {
  return {
    port: () => memoryPort(sheets),
    failingPort: (step: WriteStep) => {
      let seen = 0;
      return memoryPort(sheets, {
        onStep: (s) => {
          // The second sheet of a step, so the first one has been done and must be undone.
          if (s === step && ++seen === (step === 'registry' ? 1 : 2)) throw new Error(`сбой на шаге ${step} (тест)`);
        },
      });
    },
    view: () => sheets.map((s) => ({ name: s.name, hidden: s.hidden, values: textGrid(s.values), formulas: 0, charts: [...s.charts].sort(), chartData: [...s.charts] })),
  };
}

testWorkbookPort('memory', { make: (sheets) => fixture(memoryWorkbook(sheets)), charts: true });

// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../../core/types';
import { createAppStore, StoreContext } from '../../store/store';
import { CasesTable } from './cases-table';

const rows: CaseRow[] = [
  { date: '2022-01', station: '甲站', category: '测试', summary: '合成摘要', outcome: '合成结果' },
];

describe('CasesTable without a DOM', () => {
  it('renders to a string for build-time pre-rendering', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <StoreContext.Provider value={createAppStore({ lang: 'en' })}>
        <CasesTable rows={rows} labels={{ 甲站: 'Station A' }} />
      </StoreContext.Provider>,
    );
    expect(html).toContain('<table');
    expect(html).toContain('<time dateTime="2022-01">Jan 2022</time>');
    expect(html).toContain('Station A');
  });
});

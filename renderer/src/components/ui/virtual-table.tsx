import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRenderCount } from '../../lib/render-count';

export type Column<T> = { key: string; header: string; width: string; render: (row: T) => ReactNode };

const OVERSCAN = 8;

/**
 * A table whose DOM holds only the rows in view (plus a few either side), so ten thousand rows
 * scroll as smoothly as ten. Rows have one fixed height; the body scrolls inside its container.
 */
export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  rowHeight = 40,
  height = 560,
  label,
  onRowActivate,
  empty,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  rowHeight?: number;
  height?: number;
  label: string;
  onRowActivate?: (row: T) => void;
  empty?: ReactNode;
}) {
  useRenderCount('virtual-table');
  const body = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => {
    if (body.current && body.current.scrollTop > rows.length * rowHeight) {
      body.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [rows.length, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const template = columns.map((c) => c.width).join(' ');

  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <div className="vtable-head" role="rowgroup">
        <div className="vtable-row" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columns.map((c) => (
            <div key={c.key} role="columnheader" className="vtable-cell">
              {c.header}
            </div>
          ))}
        </div>
      </div>
      {rows.length === 0 ? (
        <div className="vtable-empty">{empty}</div>
      ) : (
        <div
          ref={body}
          className="vtable-body"
          role="rowgroup"
          style={{ maxHeight: height }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <div style={{ height: rows.length * rowHeight, position: 'relative' }}>
            {rows.slice(first, last).map((row, i) => (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={first + i + 2}
                className={onRowActivate ? 'vtable-row vtable-row-action' : 'vtable-row'}
                tabIndex={onRowActivate ? 0 : undefined}
                style={{ gridTemplateColumns: template, height: rowHeight, top: (first + i) * rowHeight }}
                onClick={onRowActivate ? () => onRowActivate(row) : undefined}
                onKeyDown={
                  onRowActivate
                    ? (event) => {
                        if (event.key !== 'Enter') return;
                        // Else the same key press would also press the first button of a dialog the row opens.
                        event.preventDefault();
                        onRowActivate(row);
                      }
                    : undefined
                }
              >
                {columns.map((c) => (
                  <div key={c.key} role="cell" className="vtable-cell">
                    {c.render(row)}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

import type { EChartsType } from 'echarts/core';
import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useHydrated } from '../ui/use-hydrated';
import type { ChartModel } from './chart-registry';
import {
  DRAWING_KEY_ATTR,
  DRAWINGS_ATTR,
  DrawingsContext,
  drawingKey,
  type PrerenderedDrawing,
} from './drawings';

const EChart = lazy(() => import('./echart'));

interface Point {
  x: number;
  y: number;
}

/**
 * The chart's box, named by its caption. A page built with the chart drawn in shows that
 * drawing while it still matches the data and view; ECharts loads when a reader points at
 * the chart or when the drawing no longer fits, and its first frame replaces the drawing.
 */
export function ChartBox({
  id,
  model,
  describedBy,
  onKeyDown,
  onLive,
}: {
  id: string;
  model: ChartModel;
  /** The keyboard hint, for a chart a reader can step through. */
  describedBy?: string;
  onKeyDown?: (e: KeyboardEvent) => void;
  onLive?: (chart: EChartsType) => void;
}) {
  const drawing: PrerenderedDrawing | undefined = useContext(DrawingsContext)(id, model);
  const hydrated = useHydrated();
  // Until hydration is done the client shows what the server drew, whatever it computes.
  const valid = useMemo(
    () => drawing !== undefined && (!hydrated || drawing.key === drawingKey(model)),
    [drawing, hydrated, model],
  );
  const [wanted, setWanted] = useState(false);
  const [live, setLive] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const pointer = useRef<Point | undefined>(undefined);

  const showDrawing = drawing !== undefined && valid && !live;
  const mountLive = hydrated && (wanted || live || !valid);
  // The reader already sees the finished chart: growing its bars again would look like a flash.
  const option = useMemo(
    () => (valid ? { ...model.option, animation: false } : model.option),
    [model, valid],
  );

  const point = (e: PointerEvent) => {
    pointer.current = { x: e.clientX, y: e.clientY };
    if (!wanted) setWanted(true);
  };
  const onReady = useCallback(
    (chart: EChartsType) => {
      setLive(true);
      onLive?.(chart);
      // The pointer that asked for the chart gets its tooltip without having to move again.
      const at = pointer.current;
      const rect = box.current?.getBoundingClientRect();
      if (at && rect)
        chart.dispatchAction({ type: 'showTip', x: at.x - rect.left, y: at.y - rect.top });
    },
    [onLive],
  );

  return (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label={model.caption}
      aria-describedby={describedBy}
      tabIndex={onKeyDown ? 0 : undefined}
      onKeyDown={
        onKeyDown &&
        ((e) => {
          if (!wanted) setWanted(true);
          onKeyDown(e);
        })
      }
      data-chart={id}
      style={{ height: model.height }}
      onPointerMove={point}
      onPointerDown={point}
      onPointerLeave={() => {
        pointer.current = undefined;
      }}
    >
      {showDrawing && (
        <div
          className="chart-drawings"
          {...{ [DRAWINGS_ATTR]: id, [DRAWING_KEY_ATTR]: drawing.key }}
          dangerouslySetInnerHTML={{ __html: drawing.html }}
        />
      )}
      {mountLive ? (
        <Suspense
          fallback={
            showDrawing ? null : <div className="skeleton" style={{ height: model.height }} />
          }
        >
          <EChart option={option} onReady={onReady} />
        </Suspense>
      ) : (
        !showDrawing && <div className="skeleton" style={{ height: model.height }} />
      )}
    </div>
  );
}

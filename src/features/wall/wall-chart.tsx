import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { echarts } from '../../charts/register';
import { wallOption } from './wall-option';

/**
 * One ECharts instance for the life of the panel: a refresh calls setOption on it, a
 * resize calls resize() at the box's real pixel size (SVG, so any devicePixelRatio is
 * sharp), and unmounting disposes it. Never a CSS transform.
 */
export function WallChart({ option, label }: { option: EChartsCoreOption; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const [fontPx, setFontPx] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    const measure = () => {
      instance.resize();
      setFontPx(parseFloat(getComputedStyle(el).fontSize));
    };
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    if (observer) observer.observe(el);
    else measure();
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  const scaled = useMemo(
    () => (fontPx > 0 ? wallOption(option, fontPx) : undefined),
    [option, fontPx],
  );
  useEffect(() => {
    if (scaled) chart.current?.setOption(scaled, { notMerge: true });
  }, [scaled]);

  return <div ref={box} className="wall-chart" role="img" aria-label={label} data-wall-chart="" />;
}

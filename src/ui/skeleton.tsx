import './ui.css';

/** Holds the space the content will take, so nothing jumps when it arrives. */
export function Skeleton({ height, label }: { height: number | string; label: string }) {
  return (
    <div className="skeleton" style={{ height }}>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

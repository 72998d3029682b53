/**
 * Horizontal bar charts drawn as inline SVG on the server: no chart library, no script, and they print.
 * Each bar carries its number, so the chart reads without colour too.
 */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number; className: string }[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rowHeight = 26;
  const labelWidth = 72;
  const chartWidth = 260;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${labelWidth + chartWidth + 48} ${bars.length * rowHeight}`} role="img" aria-label={`${title}：${bars.map((b) => `${b.label}${b.value}`).join('，')}`}>
        {bars.map((bar, i) => {
          const width = Math.round((bar.value / max) * chartWidth);
          const y = i * rowHeight;
          return (
            <g>
              <text x={labelWidth - 6} y={y + 17} text-anchor="end" class="chart-label">{bar.label}</text>
              <rect x={labelWidth} y={y + 5} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={rowHeight - 10} rx="2" class={`bar ${bar.className}`} />
              <text x={labelWidth + width + 6} y={y + 17} class="chart-value">{bar.value}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

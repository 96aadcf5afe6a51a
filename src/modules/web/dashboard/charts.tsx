/**
 * Server-rendered SVG charts: no script, no library, nothing loaded from elsewhere. Each chart is an
 * image with a text title; the numbers it draws are in the data table printed beside it.
 */

/** Colour-blind-safe (Okabe–Ito) and distinct in greyscale order; text never relies on colour alone. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000"];

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars (top risks, foundation models): labels sit in the table, the chart shows sizes. */
export function BarChart(props: { title: string; bars: Bar[]; rtl: boolean }) {
  const width = 600;
  const row = 26;
  const labelWidth = 230;
  const height = Math.max(row, props.bars.length * row) + 10;
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const scale = (width - labelWidth - 50) / max;
  // Mirrored for right-to-left pages: labels on the right, bars growing leftwards.
  const x = (from: number, length: number) => (props.rtl ? width - from - length : from);
  return (
    <svg role="img" aria-label={props.title} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <title>{props.title}</title>
      {props.bars.map((b, i) => {
        const y = 5 + i * row;
        const length = Math.max(1, b.value * scale);
        const short = b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label;
        return (
          <g>
            <text
              x={props.rtl ? width - 4 : 4}
              y={y + 17}
              font-size="13"
              text-anchor="start"
              direction={props.rtl ? "rtl" : "ltr"}
              fill="#1b1b1b"
            >
              {short}
            </text>
            <rect x={x(labelWidth, length)} y={y + 3} width={length} height={row - 8} fill={PALETTE[0]} />
            <text
              x={props.rtl ? x(labelWidth, length) - 4 : labelWidth + length + 4}
              y={y + 17}
              font-size="13"
              text-anchor={props.rtl ? "end" : "start"}
              fill="#1b1b1b"
            >
              {String(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface StackedColumn {
  label: string;
  parts: number[];
}

/** Columns over time, stacked by series (incidents per month by severity), with a legend. */
export function StackedColumns(props: {
  title: string;
  columns: StackedColumn[];
  series: string[];
  rtl: boolean;
}) {
  const width = 600;
  const plot = 200;
  const top = 10;
  const legendRow = 18;
  const height = top + plot + 30 + props.series.length * legendRow;
  const max = Math.max(1, ...props.columns.map((c) => c.parts.reduce((a, b) => a + b, 0)));
  const n = Math.max(1, props.columns.length);
  const slot = (width - 40) / n;
  const barWidth = Math.max(4, Math.min(40, slot * 0.7));
  const order = (i: number) => (props.rtl ? n - 1 - i : i);
  return (
    <svg role="img" aria-label={props.title} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <title>{props.title}</title>
      <line x1="20" y1={top + plot} x2={width - 20} y2={top + plot} stroke="#555" />
      <text
        x={props.rtl ? width - 20 : 20}
        y={top + 10}
        font-size="12"
        fill="#1b1b1b"
        text-anchor={props.rtl ? "end" : "start"}
      >
        {String(max)}
      </text>
      {props.columns.map((col, i) => {
        const cx = 20 + order(i) * slot + (slot - barWidth) / 2;
        let y = top + plot;
        return (
          <g>
            {col.parts.map((v, s) => {
              const h = (v / max) * plot;
              y -= h;
              return h > 0 ? (
                <rect x={cx} y={y} width={barWidth} height={h} fill={PALETTE[s % PALETTE.length]} />
              ) : null;
            })}
            {n <= 13 || i % Math.ceil(n / 12) === 0 ? (
              <text
                x={cx + barWidth / 2}
                y={top + plot + 16}
                font-size="11"
                text-anchor="middle"
                fill="#1b1b1b"
              >
                {col.label}
              </text>
            ) : null}
          </g>
        );
      })}
      {props.series.map((name, s) => {
        const y = top + plot + 30 + s * legendRow;
        const x0 = props.rtl ? width - 34 : 20;
        return (
          <g>
            <rect x={x0} y={y} width="14" height="12" fill={PALETTE[s % PALETTE.length]} />
            <text
              x={props.rtl ? x0 - 6 : x0 + 20}
              y={y + 11}
              font-size="12"
              text-anchor={props.rtl ? "end" : "start"}
              fill="#1b1b1b"
            >
              {name}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

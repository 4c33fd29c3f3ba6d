import { Tooltip } from 'antd';
import type { FigureRun, ReportContent, Run } from '../../../../contracts/reports/report.schemas';
import { useT } from '../../../app/i18n/useT';
import { FIGURE_LINK, FIGURE_MISSING, OFFICIAL } from './official-style';

interface Props {
  content: ReportContent;
  /** Opens the records behind a figure. */
  onFigure(run: FigureRun): void;
}

function FigureText({ run, onFigure }: { run: FigureRun; onFigure(run: FigureRun): void }) {
  const t = useT();
  if (run.text === null) {
    return (
      <Tooltip title={t(`reports.missing.${run.missing ?? 'no_records'}`)}>
        <span style={FIGURE_MISSING} data-testid={`figure-missing-${run.name}`}>
          {t('reports.preview.missingFigure', { label: run.label })}
        </span>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={t('reports.preview.figureTip', { label: run.label, count: run.recordCount })}>
      <button type="button" style={FIGURE_LINK} onClick={() => onFigure(run)} data-testid={`figure-${run.name}`}>
        {run.text}
      </button>
    </Tooltip>
  );
}

function Runs({ runs, onFigure }: { runs: readonly Run[]; onFigure(run: FigureRun): void }) {
  return (
    <>
      {runs.map((r, i) =>
        // Runs have no identity of their own; their position in the paragraph is stable for one report.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        r.type === 'text' ? <span key={i}>{r.text}</span> : <FigureText key={i} run={r} onFigure={onFigure} />,
      )}
    </>
  );
}

/** A report on an A4 sheet in the official layout; every figure opens its records, missing figures are marked. */
export function ReportPreview({ content, onFigure }: Props) {
  const notice = content.noData ? content.warnings.find((w) => w.code === 'NO_DATA') : undefined;
  return (
    <article style={OFFICIAL.page} data-testid="report-preview">
      <h1 style={OFFICIAL.title}>
        <Runs runs={content.title} onFigure={onFigure} />
      </h1>
      {notice && <p style={OFFICIAL.notice}>（{notice.message}）</p>}
      {content.sections.map((s, si) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections are fixed for one report
        <section key={si}>
          {s.heading && (
            <h2 style={OFFICIAL.heading1}>
              {s.heading.number}
              <Runs runs={s.heading.runs} onFigure={onFigure} />
            </h2>
          )}
          {s.blocks.map((b, bi) =>
            b.kind === 'heading2' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed for one report
              <h3 key={bi} style={OFFICIAL.heading2}>
                {b.number}
                <Runs runs={b.runs} onFigure={onFigure} />
              </h3>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are fixed for one report
              <p key={bi} style={OFFICIAL.paragraph}>
                <Runs runs={b.runs} onFigure={onFigure} />
              </p>
            ),
          )}
        </section>
      ))}
    </article>
  );
}
